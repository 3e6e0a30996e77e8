using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Sip.Web.Documents;

/// <summary> The typeface of the written plan. PDFsharp on Linux has no font of its own, so one is looked for among the platform's fonts: a
/// sans serif with å, ä and ö, regular and bold. <c>Pdf:FontDirectory</c> names the only folder to look in, for a server whose fonts
/// live elsewhere. </summary>
internal sealed class DocumentFonts(IConfiguration configuration)
{
    public const string DirectoryKey = "Pdf:FontDirectory";

    /// <summary>Regular and bold file names, best first: each has every Swedish letter.</summary>
    private static readonly (string Regular, string Bold)[] Candidates =
    [
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
        ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
        ("arial.ttf", "arialbd.ttf"),
        ("Arial.ttf", "Arial Bold.ttf"),
    ];

    private readonly Lazy<string?> _family = new(() => Register(configuration[DirectoryKey]));

    /// <summary>The family name to give <c>XFont</c>, or null when no usable font is installed.</summary>
    public string? Family => _family.Value;

    private static string? Register(string? configured)
    {
        var folders = string.IsNullOrWhiteSpace(configured) ? PlatformFolders() : [configured];
        foreach (var (regular, bold) in Candidates)
        {
            foreach (var folder in folders.Where(Directory.Exists))
            {
                if (Find(folder, regular) is { } regularFile)
                {
                    return FontFileResolver.Register(regularFile, Find(Path.GetDirectoryName(regularFile)!, bold));
                }
            }
        }

        return null;
    }

    private static string? Find(string folder, string fileName) =>
        Directory.EnumerateFiles(folder, fileName,
            new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = true })
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();

    private static string[] PlatformFolders() =>
    [
        "/usr/share/fonts",
        "/usr/local/share/fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "fonts"),
        Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
        "/Library/Fonts",
        "/System/Library/Fonts/Supplemental",
    ];

    /// <summary> PDFsharp asks one process-wide resolver for every font. Each family is named by its regular file's path, so two
    /// configurations (as in tests) never share a face by mistake. </summary>
    private sealed class FontFileResolver : IFontResolver
    {
        private static readonly FontFileResolver Instance = new();
        private static readonly Lock Gate = new();
        private readonly ConcurrentDictionary<string, (string Regular, string? Bold)> _families = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

        public static string Register(string regular, string? bold)
        {
            lock (Gate)
            {
                if (GlobalFontSettings.FontResolver is not FontFileResolver)
                {
                    GlobalFontSettings.FontResolver = Instance;
                }
            }

            Instance._families[regular] = (regular, bold);
            return regular;
        }

        // Without a bold file the regular one is thickened, so headings still stand out.
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            _families.TryGetValue(familyName, out var files)
                ? bold && files.Bold is { } boldFile ? new FontResolverInfo(boldFile) : new FontResolverInfo(files.Regular, bold, italic)
                : null;

        public byte[]? GetFont(string faceName) => _faces.GetOrAdd(faceName, File.ReadAllBytes);
    }
}
