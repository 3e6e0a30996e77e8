using System.Globalization;
using System.Text;
using CsvHelper;

namespace Sip.Application.Features.Directory.Import;

/// <summary>
/// Reads a directory file (docs/directory-import.md): UTF-8 with or without BOM, named header columns in any order and case, ';' or
/// ',' as the header uses, RFC 4180 quoting. What makes the whole file unreadable is a <see cref="FileProblem"/>; rows are judged
/// later, one by one.
/// </summary>
public static class DirectoryCsv
{
    /// <summary>A county's whole HSA catalogue of units and staff fits many times over.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    public const int MaxRows = 20_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    internal static DirectoryCsvContent Read(ReadOnlyMemory<byte> file)
    {
        if (file.Length > MaxBytes)
        {
            return Refused(new FileProblem("fil", "Filen är större än 5 MB. Dela upp den i flera filer."));
        }

        var bytes = file.Span;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Refused(NotCsv);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return Refused(NotCsv);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Refused(new FileProblem("fil", "Filen är tom."));
        }

        return Parse(text);
    }

    private static FileProblem NotCsv =>
        new("fil", "Filen är inte en textfil i UTF-8. Spara den som CSV UTF-8 (kommaavgränsad) och försök igen.");

    private static DirectoryCsvContent Refused(FileProblem problem) => new([problem], []);

    private static DirectoryCsvContent Parse(string text)
    {
        var malformed = new List<CsvMalformedRecord>();
        var options = CsvReaderOptions.Default with
        {
            Separator = Separator(text),
            HasHeader = false,
            TrackLineNumbers = true,
            OnMalformedRecord = malformed.Add,
        };
        using var reader = CsvReader.FromText(text, options);
        var problems = new List<FileProblem>();
        if (!reader.Read())
        {
            return Refused(new FileProblem("fil", "Filen är tom."));
        }

        var header = Enumerable.Range(0, reader.FieldCount).Select(i => Cell(reader, i) ?? string.Empty).Select(Column).ToList();

        // A spreadsheet saved with a formatted but empty column to the right ends its header with separators.
        while (header.Count > 0 && header[^1].Length == 0)
        {
            header.RemoveAt(header.Count - 1);
        }

        problems.AddRange(HeaderProblems(header));
        var rows = new List<DirectoryRow>();
        while (reader.Read())
        {
            var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                cells.TryAdd(header[i], i < reader.FieldCount ? Cell(reader, i) : null);
            }

            // Excel writes a line of separators for every row that was once used and then cleared.
            if (cells.Values.All(v => v is null))
            {
                continue;
            }

            if (rows.Count == MaxRows)
            {
                problems.Add(new FileProblem("fil", "Filen har fler än 20 000 rader. Dela upp den i flera filer."));
                break;
            }

            rows.Add(new DirectoryRow((int)reader.LineNumber, cells));
        }

        problems.AddRange(malformed.Select(m =>
            new FileProblem($"rad {m.LineNumber}", "Raden har ett citattecken som inte är rätt avslutat (RFC 4180).")));
        return new DirectoryCsvContent(problems, problems.Count == 0 ? rows : []);
    }

    /// <summary>The header decides: Swedish Excel writes ';', most other tools ','.</summary>
    private static char Separator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Contains(';', StringComparison.Ordinal) ? ';' : ',';
    }

    private static string? Cell(CsvReader reader, int index)
    {
        var value = reader.GetString(index)?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string Column(string name) => name.Trim().ToLower(CultureInfo.GetCultureInfo("sv-SE"));

    private static IEnumerable<FileProblem> HeaderProblems(List<string> header)
    {
        foreach (var duplicate in header.Where(c => c.Length > 0).GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new FileProblem(duplicate.Key, "Kolumnen finns flera gånger i rubrikraden.");
        }

        foreach (var unknown in header.Where(c => c.Length > 0 && !DirectoryColumns.All.Contains(c)).Distinct(StringComparer.Ordinal))
        {
            yield return new FileProblem(unknown, "Okänd kolumn. Ta bort den eller rätta namnet (se dokumentationen av katalogimporten).");
        }

        if (header.Any(c => c.Length == 0))
        {
            yield return new FileProblem("fil", "En kolumn i rubrikraden saknar namn.");
        }

        foreach (var missing in DirectoryColumns.Required.Where(c => !header.Contains(c)))
        {
            yield return new FileProblem(missing, "Kolumnen saknas i rubrikraden.");
        }
    }
}

/// <summary>What is wrong with the file as a whole, by column (or "fil", or "rad N").</summary>
internal sealed record FileProblem(string Where, string Message);

internal sealed record DirectoryCsvContent(IReadOnlyList<FileProblem> Problems, IReadOnlyList<DirectoryRow> Rows);

/// <summary>
/// One data row: its line in the file and its trimmed cells by every column of the header, blank
/// cells as null. A column the header lacks leaves that field of an existing unit or user as it is.
/// </summary>
internal sealed class DirectoryRow(int line, IReadOnlyDictionary<string, string?> cells)
{
    public int Line { get; } = line;

    public string? this[string column] => cells.GetValueOrDefault(column);

    /// <summary>Whether the file has the column at all (a blank cell is still a value: none).</summary>
    public bool Has(string column) => cells.ContainsKey(column);
}
