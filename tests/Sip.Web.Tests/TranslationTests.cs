using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Sip.Web.Tests;

/// <summary>
/// Swedish is written in the code; English lives in Resources/Ui.en.resx under the Swedish text.
/// These tests keep the two in step: a new Swedish text without its English fails here, not in
/// front of an English-speaking nurse.
/// </summary>
public sealed partial class TranslationTests
{
    private static readonly string Root = FindRoot();

    private static readonly Dictionary<string, string> English =
        XDocument.Load(Path.Combine(Root, "src", "Sip.Web", "Resources", "Ui.en.resx"))
        .Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    [Fact]
    public void Every_text_of_the_UI_has_an_English_translation()
    {
        var files = SourceFiles("src/Sip.Web", "*.razor", "*.cs").Where(file => Path.GetFileName(file) != "Text.cs");

        AssertTranslated(files, UiText());
    }

    [Fact]
    public void Every_constant_message_of_the_rules_and_validators_has_an_English_translation()
    {
        var files = SourceFiles("src/Sip.Application", "*.cs").Concat(SourceFiles("src/Sip.Domain", "*.cs"));

        AssertTranslated(files, ServerMessage());
    }

    [Fact]
    public void Every_term_of_the_glossary_and_every_insats_of_the_catalogue_has_an_English_translation()
    {
        var swedishTerms = new List<string>();
        swedishTerms.AddRange(Enum.GetValues<Sip.Domain.Plans.PlanStatus>().Select(s => Terms(() => Components.Glossary.Of(s))));
        swedishTerms.AddRange(Enum.GetValues<Sip.Domain.Users.UserRole>().Select(s => Terms(() => Components.Glossary.Of(s))));
        swedishTerms.AddRange(Enum.GetValues<Sip.Domain.Plans.ParticipantKind>().Select(s => Terms(() => Components.Glossary.Of(s))));
        swedishTerms.AddRange(Enum.GetValues<Sip.Domain.Plans.InvitationState>().Select(s => Terms(() => Components.Glossary.Of(s))));
        swedishTerms.AddRange(Enum.GetValues<Sip.Domain.Plans.ActionStatus>().Select(s => Terms(() => Components.Glossary.Of(s))));
        swedishTerms.AddRange(Enum.GetValues<Sip.Domain.Plans.OriginKind>().Select(s => Terms(() => Components.Glossary.Of(s))));
        swedishTerms.AddRange(Enum.GetValues<Sip.Domain.Plans.ConsentGiver>().Select(s => Terms(() => Components.Glossary.Of(s))));
        swedishTerms.AddRange(Enum.GetValues<Sip.Domain.Plans.ConsentForm>().Select(s => Terms(() => Components.Glossary.Of(s))));
        swedishTerms.AddRange(Enum.GetValues<Sip.Domain.Plans.MeetingStatus>().Select(s => Terms(() => Components.Glossary.Of(s))));
        swedishTerms.AddRange(Enum.GetValues<Sip.Domain.Plans.PlanCloseReason>().Select(s => Terms(() => Components.Glossary.Of(s))));
        swedishTerms.AddRange(Enum.GetValues<Sip.Domain.Organizations.UnitKind>().Select(s => Terms(() => Components.Glossary.Of(s))));
        swedishTerms.AddRange(Enum.GetValues<Sip.Domain.Plans.PlacementLegalBasis>().Select(s => Terms(() => Components.Glossary.Of(s))));
        swedishTerms.AddRange(Enum.GetValues<Sip.Domain.Plans.PlacementMotive>().Select(s => Terms(() => Components.Glossary.Of(s))));
        swedishTerms.AddRange(Enum.GetValues<Sip.Domain.Plans.MedicalCareChoice>().Select(s => Terms(() => Components.Glossary.Of(s))));
        swedishTerms.AddRange(Sip.Domain.Actions.ActionTypeCatalog.All.Select(t => t.Name));

        var missing = swedishTerms.Where(term => !English.ContainsKey(term)).ToList();
        Assert.True(missing.Count == 0, "Without English: " + string.Join(", ", missing));
    }

    /// <summary>What the glossary says in Swedish, whatever the test thread's language.</summary>
    private static string Terms(Func<string> term)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Text.Swedish;
        try
        {
            return term();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void No_two_Swedish_texts_differ_only_in_case()
    {
        // Resource names ignore case: "ja" and "Ja" would be one entry, and one of the two would lose its English.
        var clashes = English.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => string.Join(" / ", g)).ToList();

        Assert.True(clashes.Count == 0, string.Join("\n", clashes));
    }

    [Fact]
    public void Placeholders_survive_translation()
    {
        var broken = English
            .Where(e => Placeholders(e.Key).SequenceEqual(Placeholders(e.Value)) is false)
            .Select(e => $"{e.Key} → {e.Value}")
            .ToList();

        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void Swedish_is_shown_as_written_and_English_is_looked_up()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Text.Swedish;
            Assert.Equal("Starta SIP", Text.T("Starta SIP"));
            CultureInfo.CurrentUICulture = Text.English;
            Assert.Equal(English["Starta SIP"], Text.T("Starta SIP"));
            Assert.NotEqual("Starta SIP", Text.T("Starta SIP"));
            Assert.Equal("En text som inte finns", Text.T("En text som inte finns"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>Every Swedish literal the pattern's "text" group finds in the files has its English.</summary>
    private static void AssertTranslated(IEnumerable<string> files, Regex literals)
    {
        var found = files
            .SelectMany(file => literals.Matches(File.ReadAllText(file))
                .Select(m => (File: Path.GetFileName(file), Text: Unescape(m.Groups["text"].Value))))
            .ToList();
        var missing = found.Where(t => !English.ContainsKey(t.Text)).Select(t => $"{t.File}: {t.Text}").Distinct().ToList();

        Assert.NotEmpty(found);
        Assert.True(missing.Count == 0, "Without English:\n" + string.Join("\n", missing));
    }

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value)
        .Order(StringComparer.Ordinal);

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"", StringComparison.Ordinal)
        .Replace("\\\\", "\\", StringComparison.Ordinal);

    private static IEnumerable<string> SourceFiles(string folder, params string[] patterns) =>
        patterns.SelectMany(p => Directory.EnumerateFiles(Path.Combine(Root, folder), p, SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Sip.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Sip.sln not found above the test's folder.");
    }

    [GeneratedRegex(@"(?<![\w.])T\(""(?<text>(?:[^""\\]|\\.)+)""")]
    private static partial Regex UiText();

    // Validator messages, thrown refusals, establishment gaps and parse errors handed out by value.
    [GeneratedRegex(
        @"(?:(?:WithMessage|AddFailure|(?:Domain|NotFound|Forbidden|NotAuthenticated|ConcurrencyConflict)Exception|gaps\.Add\(new)\(" +
        @"(?:(?:""[^""]*""|[^()""])*,\s*)?|\berror\s*=\s*|\breturn\s+|const string Format = )""(?<text>(?:[^""\\]|\\.)+)""")]
    private static partial Regex ServerMessage();

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();
}
