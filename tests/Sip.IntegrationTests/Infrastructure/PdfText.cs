using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Sip.IntegrationTests.Infrastructure;

/// <summary>
/// A PDF read back as a reader and a screen reader see it: its words in order (joined by single
/// spaces, so a phrase wrapped over two lines still reads as one), its pages, and the catalogue
/// entries that make it a tagged, Swedish document.
/// </summary>
internal sealed record PdfText(string Text, int Pages, bool Marked, string? Language, string? Title, bool DisplaysTitle,
    IReadOnlySet<string> StructureTypes, IReadOnlyList<string> OutsidePrintableArea)
{
    /// <summary>How close to the paper's edge an ordinary office printer prints (about 1 cm).</summary>
    private const double PrinterMargin = 28;

    public static PdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        var text = string.Join(' ', pages.SelectMany(p => p.GetWords()).Select(w => w.Text));
        var outside = pages
            .SelectMany(p => p.GetWords().Where(w => w.BoundingBox.Left < PrinterMargin || w.BoundingBox.Right > p.Width - PrinterMargin
                || w.BoundingBox.Bottom < PrinterMargin || w.BoundingBox.Top > p.Height - PrinterMargin)
                    .Select(w => $"page {p.Number}: {w.Text}"))
            .ToList();
        var scanner = document.Structure.TokenScanner;
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var marked = catalog.TryGet(NameToken.Create("MarkInfo"), out var markInfoToken)
            && DirectObjectFinder.Get<DictionaryToken>(markInfoToken, scanner) is { } markInfo
            && markInfo.TryGet(NameToken.Create("Marked"), out var markedToken)
            && markedToken is BooleanToken { Data: true };
        var language = catalog.TryGet(NameToken.Create("Lang"), out var lang) ? DirectObjectFinder.Get<StringToken>(lang, scanner)?.Data
            : null;
        var displaysTitle = catalog.TryGet(NameToken.Create("ViewerPreferences"), out var preferencesToken)
            && DirectObjectFinder.Get<DictionaryToken>(preferencesToken, scanner) is { } preferences
            && preferences.TryGet(NameToken.Create("DisplayDocTitle"), out var display)
            && display is BooleanToken { Data: true };
        var types = new HashSet<string>(StringComparer.Ordinal);
        if (catalog.TryGet(NameToken.Create("StructTreeRoot"), out var rootToken)
            && DirectObjectFinder.Get<DictionaryToken>(rootToken, scanner) is { } root)
        {
            Collect(root, scanner, types, 0);
        }

        return new PdfText(text, document.NumberOfPages, marked, language, document.Information.Title, displaysTitle, types, outside);
    }

    /// <summary>The structure types (/S) of every element under the structure tree root.</summary>
    private static void Collect(DictionaryToken element, IPdfTokenScanner scanner, HashSet<string> types, int depth)
    {
        if (depth > 50)
        {
            return;
        }

        if (element.TryGet(NameToken.S, out var type) && type is NameToken name)
        {
            types.Add(name.Data);
        }

        if (!element.TryGet(NameToken.K, out var kids))
        {
            return;
        }

        var resolved = kids is IndirectReferenceToken reference ? scanner.Get(reference.Data)?.Data : kids;
        List<IToken> children = resolved switch { ArrayToken array => [.. array.Data], null => [], _ => [resolved] };
        foreach (var child in children)
        {
            var value = child is IndirectReferenceToken r ? scanner.Get(r.Data)?.Data : child;
            if (value is DictionaryToken dictionary && !dictionary.ContainsKey(NameToken.Type))
            {
                Collect(dictionary, scanner, types, depth + 1);
            }
            else if (value is DictionaryToken typed && typed.TryGet(NameToken.Type, out var t) && t is NameToken { Data: "StructElem" })
            {
                Collect(typed, scanner, types, depth + 1);
            }
        }
    }
}
