using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Sip.E2E.Tests;

/// <summary>
/// The five user journeys, one plan through them in order, each person at their own desk (browser
/// context) and signed in as a different demo user; every page they use is scanned by axe-core.
/// (1) Anna Lindqvist, social worker, starts a SIP from a case with the person's consent and
/// summons Hälsocentralen Odenslund and Beroendemottagningen, and proposes two insatser for the
/// clinic. (2) Erik Johansson, nurse at the clinic, accepts the invitation and one insats in the
/// inbox and rejects the other with a reason. (3) Anna sees the rejection, gives the overall
/// responsibility and establishes the plan. (4) Karin Berg, SIP-stödjare, sees the plan counted on
/// the follow-up page with no name or personnummer. (5) Lars Holm of Krokom opens the plan's
/// address and gets "Ingen åtkomst" and no data.
/// </summary>
[Collection(BrowserJourneys.Name)]
[TestCaseOrderer("Sip.E2E.Tests.JourneyOrder", "Sip.E2E.Tests")]
public sealed class UserJourneyTests(RunningApp app, Browser browser, ITestOutputHelper output, UserJourneyTests.Story story)
    : BrowserTest(app, browser, output), IClassFixture<UserJourneyTests.Story>
{
    private const string Person = "Resa Journeysson";
    private const string IdentityNumber = "19850314-9828";
    private const string Laro = "LARO med utdelning vardagar.";
    private const string Withdrawal = "Abstinensbehandling i hemmet.";
    private const string Reason = "Abstinensbehandlingen görs på hälsocentralen.";

    /// <summary>What one journey hands the next: the plan, and whether the journey before got there.</summary>
    public sealed class Story
    {
        public string? Reference { get; set; }

        public string? PlanPath { get; set; }

        public int Finished { get; set; }

        public void Require(int journey)
        {
            if (Finished < journey - 1 || Reference is null)
            {
                throw new InvalidOperationException($"Journey {journey} needs journey {journey - 1}, which did not finish.");
            }
        }
    }

    [BrowserFact]
    public async Task Journey1_a_social_worker_starts_a_sip_from_a_case_records_consent_and_summons_a_vardcentral_and_the_beroendeenhet()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(App.BaseAddress, "/logga-in").ToString());
        await ScanAsync(page, "/logga-in");
        await SignInAsync(page, "Anna Lindqvist");
        await ScanAsync(page, "/ (socialsekreterare)");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Starta SIP" }).ClickAsync();
        await page.Locator("div[data-interactive=true]").WaitForAsync();
        await page.GetByLabel("Ärendets referens i verksamhetssystemet").FillAsync($"VU-RESA-{Guid.NewGuid():N}"[..16]);
        await page.GetByLabel("Varför behövs en SIP?").FillAsync("Alkoholberoende; behöver samordnad vård och boende.");
        var identity = page.GetByLabel("Personnummer eller samordningsnummer");
        await identity.FillAsync("19850314-982");
        await identity.BlurAsync();
        await page.GetByText("Ange personnummer med 10 eller 12 siffror, t.ex. 19121212-1212.").WaitForAsync();
        await ScanAsync(page, "/starta (med fel i formuläret)");
        await identity.FillAsync(IdentityNumber);
        await identity.BlurAsync();
        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync(Person);
        await page.GetByLabel("Hälsocentralen Odenslund").CheckAsync();
        await page.GetByLabel("Beroendemottagningen Östersund").CheckAsync();
        await Screenshot(page, "starta-sip");
        await page.GetByRole(AriaRole.Button, new() { Name = "Starta SIP" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/planer/[0-9a-f-]{36}$"));
        await page.GetByText($"{Person}, {IdentityNumber}").WaitForAsync();
        var heading = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(@"^SIP-\d{4}-\d{6}$") });
        story.Reference = (await heading.InnerTextAsync()).Trim();
        story.PlanPath = new Uri(page.Url).AbsolutePath;
        await page.Locator("div[data-interactive=true]").WaitForAsync();
        await ScanAsync(page, "/planer/{id} Översikt");

        await OpenTabAsync(page, "Samtycke");
        await page.GetByText("Skriftligt samtycke från personen själv").WaitForAsync();
        await ScanAsync(page, "/planer/{id} Samtycke");
        await OpenTabAsync(page, "Deltagare");
        var participants = page.Locator("tr[data-participant]");
        await participants.Filter(new() { HasText = "Hälsocentralen Odenslund" }).WaitForAsync();
        await participants.Filter(new() { HasText = "Beroendemottagningen Östersund" }).WaitForAsync();
        Assert.Equal(2, await participants.Filter(new() { HasText = "Inväntar svar" }).CountAsync());
        await ScanAsync(page, "/planer/{id} Deltagare");

        // Two insatser for the clinic to answer.
        await OpenTabAsync(page, "Insatser");
        var start = DateTime.Today.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await ProposeAsync(page, "Beroendemottagningen Östersund", "Läkemedelsassisterad behandling", Laro, start);
        await ProposeAsync(page, "Beroendemottagningen Östersund", "Abstinensbehandling i öppen vård", Withdrawal, start);
        await ScanAsync(page, "/planer/{id} Insatser");
        Assert.Empty(ConsoleErrors);
        story.Finished = 1;
    }

    [BrowserFact]
    public async Task Journey2_the_clinics_nurse_accepts_the_invitation_and_one_insats_and_rejects_the_other_with_a_reason()
    {
        story.Require(2);
        var page = await NewPageAsync();
        await SignInAsync(page, "Erik Johansson");
        var inbox = page.Locator("section[data-interactive=true]");
        await inbox.WaitForAsync();
        await Screenshot(page, "inkorg");
        await ScanAsync(page, "/ (inkorg)");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Acceptera kallelse i {story.Reference}" }).ClickAsync();
        await page.GetByText("Kallelsen är accepterad.").WaitForAsync();

        var laro = page.Locator("[data-inbox-item]").Filter(new() { HasText = Laro });
        await laro.GetByRole(AriaRole.Button, new() { Name = "Acceptera" }).ClickAsync();
        await page.GetByText("Insatsen är accepterad.").WaitForAsync();
        await laro.WaitForAsync(new() { State = WaitForSelectorState.Detached });

        var withdrawal = page.Locator("[data-inbox-item]").Filter(new() { HasText = Withdrawal });
        await withdrawal.GetByRole(AriaRole.Button, new() { Name = $"Avvisa {story.Reference}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();
        await page.GetByText("Ange skälet till att insatsen inte accepteras.").WaitForAsync();
        await ScanAsync(page, "/ (inkorg, avvisning utan skäl)");
        await page.GetByLabel("Skäl").First.FillAsync(Reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();
        await page.GetByText("Insatsen är avvisad; den som föreslog den ser ert skäl.").WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-inbox-item]").Filter(new() { HasText = story.Reference }).CountAsync());
        Assert.Empty(ConsoleErrors);
        story.Finished = 2;
    }

    [BrowserFact]
    public async Task Journey3_the_social_worker_sees_the_rejection_gives_the_overall_responsibility_and_establishes_the_plan()
    {
        story.Require(3);
        var page = await NewPageAsync();
        await SignInAsync(page, "Anna Lindqvist");
        await page.GotoAsync(new Uri(App.BaseAddress, story.PlanPath).ToString());
        await page.Locator("div[data-interactive=true]").WaitForAsync();

        await OpenTabAsync(page, "Insatser");
        var rejected = page.Locator("tr[data-action]").Filter(new() { HasText = Withdrawal });
        await rejected.GetByText("Avvisad").WaitForAsync();
        await rejected.GetByText(Reason).WaitForAsync();
        await page.Locator("tr[data-action]").Filter(new() { HasText = Laro }).GetByText("Accepterad").WaitForAsync();
        await ScanAsync(page, "/planer/{id} Insatser (avvisad insats)");

        await OpenTabAsync(page, "Mål och behov");
        await page.GetByLabel("Personens egna mål").FillAsync("Jag vill ha ett eget boende och slippa alkoholen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara mål och behov" }).ClickAsync();
        await page.GetByText("Mål och behov är sparade.").WaitForAsync();
        await ScanAsync(page, "/planer/{id} Mål och behov");

        await OpenTabAsync(page, "Översikt");
        await SelectAsync(page, "Enhet med övergripande ansvar", "Socialtjänsten Östersund – Vuxenenheten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara ansvar" }).ClickAsync();
        await page.GetByText("Det övergripande ansvaret är sparat.").WaitForAsync();
        await page.GetByLabel("Personen har godkänt planen").CheckAsync();
        await Screenshot(page, "faststall");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fastställ planen" }).ClickAsync();
        await page.GetByText("Planen är fastställd.", new() { Exact = false }).WaitForAsync();
        await page.Locator(".mud-chip").GetByText("Fastställd").WaitForAsync();
        await ScanAsync(page, "/planer/{id} Översikt (fastställd)");
        await OpenTabAsync(page, "Versioner");
        await page.GetByText("Version 1, fastställd", new() { Exact = false }).WaitForAsync();
        await ScanAsync(page, "/planer/{id} Versioner");
        Assert.Empty(ConsoleErrors);
        story.Finished = 3;
    }

    [BrowserFact]
    public async Task Journey4_the_sip_stodjare_sees_the_plan_counted_on_the_follow_up_page_without_the_persons_identity()
    {
        story.Require(4);
        var page = await NewPageAsync();
        await SignInAsync(page, "Karin Berg");
        await ScanAsync(page, "/ (SIP-stödjare)");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Uppföljning" }).ClickAsync();

        var row = page.Locator("table tr").Filter(new() { HasText = story.Reference });
        await row.WaitForAsync();
        await row.GetByText("Fastställd").WaitForAsync();
        await Screenshot(page, "uppfoljning");
        await ScanAsync(page, "/uppfoljning");
        var content = await page.ContentAsync();
        Assert.DoesNotContain(Person, content, StringComparison.Ordinal);
        Assert.DoesNotContain("Journeysson", content, StringComparison.Ordinal);
        Assert.DoesNotContain(IdentityNumber.Replace("-", string.Empty, StringComparison.Ordinal)[2..8], content, StringComparison.Ordinal);
        Assert.DoesNotContain(Reason, content, StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = story.Reference }).CountAsync());
        Assert.Empty(ConsoleErrors);
        story.Finished = 4;
    }

    [BrowserFact]
    public async Task Journey5_a_user_of_a_foreign_unit_opening_the_plans_address_gets_no_access_and_no_data()
    {
        story.Require(5);
        var page = await NewPageAsync();
        await SignInAsync(page, "Lars Holm");
        await page.GotoAsync(new Uri(App.BaseAddress, story.PlanPath).ToString());

        await page.GetByRole(AriaRole.Heading, new() { Name = "Ingen åtkomst" }).WaitForAsync();
        await ScanAsync(page, "/planer/{id} (ingen åtkomst)");
        var content = await page.ContentAsync();
        Assert.DoesNotContain("Journeysson", content, StringComparison.Ordinal);
        Assert.DoesNotContain("850314", content, StringComparison.Ordinal);
        Assert.DoesNotContain(Laro, content, StringComparison.Ordinal);
        story.Finished = 5;
    }
}

/// <summary>Runs the journeys of a class in the order their names give (Journey1_, Journey2_, …).</summary>
public sealed class JourneyOrder : ITestCaseOrderer
{
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        testCases.OrderBy(t => t.TestMethod.Method.Name, StringComparer.Ordinal);
}
