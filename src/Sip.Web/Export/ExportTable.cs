using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Sip.Web.Export;

/// <summary> One table of figures as the follow-up page shows it, ready to be written as CSV or as an Excel workbook. Numbers stay numbers
/// in the workbook so that they can be summed there. </summary>
internal sealed record ExportTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary> Semicolon-separated with a byte-order mark and a decimal comma: what Excel in Swedish opens as columns without an import
    /// dialogue. </summary>
    public byte[] ToCsv()
    {
        var text = new StringBuilder();
        void Line(IEnumerable<string> cells) => text.Append(string.Join(';', cells.Select(Quote))).Append("\r\n");
        Line(Headers);
        foreach (var row in Rows)
        {
            Line(row.Select(Format));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public byte[] ToXlsx()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(RowOf(Headers));
            foreach (var row in Rows)
            {
                data.Append(RowOf(row));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = Name.Length > 31 ? Name[..31] : Name });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row RowOf(IEnumerable<object?> cells)
    {
        var row = new Row();
        foreach (var value in cells)
        {
            row.Append(value switch
            {
                int or long or double or decimal =>
                    new Cell
                    {
                        DataType = CellValues.Number,
                        CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!)
                    },
                _ => new Cell
                {
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Format(value)))
                },
            });
        }

        return row;
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("0.##", Swedish),
        decimal m => m.ToString("0.##", Swedish),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, Swedish),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Quote(string cell) =>
        cell.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");
}
