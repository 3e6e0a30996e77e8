using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Sip.Web.Documents;

/// <summary> Writes text top to bottom on A4 pages as a tagged PDF: every heading, paragraph and list is a structure element, so a screen
/// reader reads the plan in order and can jump between headings. Lines wrap at word boundaries and a new page starts when one is full; the
/// running footer is an artifact, which assistive technology skips. </summary>
internal sealed class TaggedPages : IDisposable
{
    private const double Margin = 56;
    private const double FooterHeight = 28;

    private readonly PdfDocument _document;
    private readonly StructureBuilder _structure;
    private readonly string _footer;
    private readonly XFont _body;
    private readonly XFont _bold;
    private readonly XFont _small;
    private readonly XFont[] _headings;
    private XGraphics? _graphics;
    private PdfPage? _page;
    private double _y;

    public TaggedPages(PdfDocument document, string fontFamily, string footer)
    {
        _document = document;
        _structure = UAManager.ForDocument(document).StructureBuilder;
        _footer = footer;
        var unicode = new XPdfFontOptions(PdfFontEncoding.Unicode);
        _body = new XFont(fontFamily, 11, XFontStyleEx.Regular, unicode);
        _bold = new XFont(fontFamily, 11, XFontStyleEx.Bold, unicode);
        _small = new XFont(fontFamily, 8.5, XFontStyleEx.Regular, unicode);
        _headings =
            [new XFont(fontFamily, 20, XFontStyleEx.Bold, unicode), new XFont(fontFamily, 14, XFontStyleEx.Bold, unicode),
            new XFont(fontFamily, 12, XFontStyleEx.Bold, unicode)];

        // No element of our own around the content: the UA manager's /Document element is the root.
        NewPage();
    }

    private double Width => _page!.Width.Point - (2 * Margin);

    private double Bottom => _page!.Height.Point - Margin - FooterHeight;

    /// <summary>Level 1 is the document's title, level 2 a section, level 3 a part of one.</summary>
    public void Heading(int level, string text)
    {
        var font = _headings[level - 1];
        var lines = Wrap(text, font);

        // A heading never stands alone at the foot of a page.
        KeepRoom((lines.Count * font.GetHeight() * 1.2) + (_body.GetHeight() * 3));
        _y += level == 1 ? 0 : 12 - (2 * level);
        _structure.BeginElement(level switch
        {
            1 => PdfBlockLevelElementTag.Heading1,
            2 => PdfBlockLevelElementTag.Heading2,
            _ =>
            PdfBlockLevelElementTag.Heading3
        });
        DrawLines(lines, font, Margin);
        _structure.End();
        _y += 4;
    }

    public void Paragraph(string text, bool bold = false)
    {
        var font = bold ? _bold : _body;
        _structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
        DrawLines(Wrap(text, font), font, Margin);
        _structure.End();
        _y += 5;
    }

    /// <summary>A bulleted list; each item may have a bold first line (a title) and plain lines under it.</summary>
    public void List(IEnumerable<ListItem> items)
    {
        const double indent = 16;
        _structure.BeginElement(PdfBlockLevelElementTag.List);
        foreach (var item in items)
        {
            var title = Wrap(item.Title, item.Details.Count > 0 ? _bold : _body, indent);
            KeepRoom(title.Count * _body.GetHeight() * 1.25);
            _structure.BeginElement(PdfBlockLevelElementTag.ListItem);
            _structure.BeginElement(PdfBlockLevelElementTag.Label);
            _graphics!.DrawString("•", _body, XBrushes.Black, Margin + 4, _y, XStringFormats.TopLeft);
            _structure.End();
            _structure.BeginElement(PdfBlockLevelElementTag.ListBody);
            DrawLines(title, item.Details.Count > 0 ? _bold : _body, Margin + indent);
            foreach (var detail in item.Details)
            {
                DrawLines(Wrap(detail, _body, indent), _body, Margin + indent);
            }

            _structure.End();
            _structure.End();
            _y += 4;
        }

        _structure.End();
        _y += 3;
    }

    public void Dispose() => _graphics?.Dispose();

    private void DrawLines(IReadOnlyList<string> lines, XFont font, double x)
    {
        var height = font.GetHeight() * 1.25;
        foreach (var line in lines)
        {
            KeepRoom(height);
            if (line.Length == 0)
            {
                _y += height;
                continue;
            }

            _graphics!.DrawString(line, font, XBrushes.Black, x, _y, XStringFormats.TopLeft);
            _y += height;
        }
    }

    private void KeepRoom(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        // The page is added while the old page's graphics still live: adding it closes the
        // marked content left open there, which is written through those graphics.
        _page = _document.AddPage();
        _graphics?.Dispose();
        _page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(_page);
        _structure.BeginArtifact();
        var footer = $"{_footer} · sida {_document.PageCount}";
        _graphics.DrawString(footer, _small, XBrushes.DimGray, Margin, _page.Height.Point - Margin, XStringFormats.TopLeft);
        _structure.End();
        _y = Margin;
    }

    /// <summary>The text in lines that fit the width; a word longer than a line is cut.</summary>
    private List<string> Wrap(string text, XFont font, double indent = 0)
    {
        var width = Width - indent;
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (_graphics!.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (_graphics.MeasureString(line, font).Width > width && line.Length > 1)
                {
                    var fits = line.Length - 1;
                    while (fits > 1 && _graphics.MeasureString(line[..fits], font).Width > width)
                    {
                        fits--;
                    }

                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}

/// <summary>One entry of a list in the written plan.</summary>
internal sealed record ListItem(string Title, IReadOnlyList<string> Details)
{
    public ListItem(string title)
        : this(title, [])
    {
    }
}
