using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Sip.Infrastructure.Seeding;
using Sip.Web.Components.Administration;

namespace Sip.Web.Tests;

/// <summary>
/// Importera katalog as the administrator uses it: choose the file, preview the report without
/// anything saved, then import; a file that cannot be read says what is wrong, column by column.
/// </summary>
public sealed class DirectoryImportPanelTests : ComponentTest
{
    private const string File = """
        typ;hsa-id;namn;organisation;enhetstyp;användarnamn;roll;enheter
        enhet;SE2321000206-H777;Hälsocentralen Lit;Region Jämtland Härjedalen;hälsocentral;;;
        användare;;Ola Fel;;;ola.fel;sköterska;SE2321000206-H777
        """;

    [Fact]
    public void A_preview_shows_each_rows_outcome_and_saves_nothing_until_the_import()
    {
        SignInAs(DemoDirectory.Administrator);
        var panel = Render<DirectoryImportPanel>();
        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(File, "katalog.csv"));
        panel.WaitForAssertion(
            () => Assert.Contains("katalog.csv", panel.Find("[data-import-file-name]").TextContent, StringComparison.Ordinal));

        panel.Find("[data-import-preview]").Click();

        panel.WaitForAssertion(
            () => Assert.Contains("Förhandsgranskning – inget har sparats.", panel.Find("[data-import-summary]").TextContent,
                StringComparison.Ordinal));
        Assert.Contains("Tillagda: 1 · Ändrade: 0 · Oförändrade: 0 · Avvisade: 1", panel.Find("[data-import-counts]").TextContent,
            StringComparison.Ordinal);
        var rejected = panel.Find("[data-import-line='3']");
        Assert.Equal("Rejected", rejected.GetAttribute("data-outcome"));
        Assert.Contains("Avvisad", rejected.TextContent, StringComparison.Ordinal);
        Assert.Contains("roll: Okänd roll.", rejected.TextContent, StringComparison.Ordinal);
        Assert.Contains("(sköterska)", rejected.TextContent, StringComparison.Ordinal);
        Assert.False(Query(db => db.Units.Any(u => u.HsaId == "SE2321000206-H777")));

        panel.Find("[data-import-run]").Click();

        panel.WaitForAssertion(
            () => Assert.Contains("Importen är klar.", panel.Find("[data-import-summary]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Tillagd", panel.Find("[data-import-line='2']").TextContent, StringComparison.Ordinal);
        Assert.True(Query(db => db.Units.Any(u => u.HsaId == "SE2321000206-H777")));
    }

    [Fact]
    public void A_file_that_cannot_be_read_names_every_problem_and_imports_nothing()
    {
        SignInAs(DemoDirectory.Administrator);
        var panel = Render<DirectoryImportPanel>();
        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("namn;rolll\nNågon;x\n", "fel.csv"));
        panel.WaitForAssertion(
            () => Assert.Contains("fel.csv", panel.Find("[data-import-file-name]").TextContent, StringComparison.Ordinal));

        panel.Find("[data-import-run]").Click();

        panel.WaitForAssertion(
            () => Assert.Contains("Filen kunde inte läsas. Inget importerades.", panel.Find("[data-import-problems]").TextContent,
                StringComparison.Ordinal));
        var problems = panel.Find("[data-import-problems]").TextContent;
        Assert.Contains("rolll: Okänd kolumn.", problems, StringComparison.Ordinal);
        Assert.Contains("typ: Kolumnen saknas i rubrikraden.", problems, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll("[data-import-report]"));
    }
}
