using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sip.E2E.Tests;

/// <summary>
/// What else people do in a real browser, beside the five user journeys: open a plan from the list
/// (and leave exactly one read in its log), meet a concurrent edit, use only the keyboard, switch
/// language, and the administrator's forms and loggkontroll.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class JourneyTests(RunningApp app, Browser browser, ITestOutputHelper output) : BrowserTest(app, browser, output)
{
    [BrowserFact]
    public async Task A_social_worker_signs_in_sees_the_units_plans_and_opens_one()
    {
        var page = await NewPageAsync();

        await page.GotoAsync(new Uri(App.BaseAddress, "/logga-in").ToString());
        await Screenshot(page, "logga-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in som Anna Lindqvist" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Planer", Exact = true }).WaitForAsync();
        var link = page.Locator("table").GetByRole(AriaRole.Link, new() { Name = "SIP-2026-000002" });
        await link.WaitForAsync();
        await Screenshot(page, "mina-planer");
        await link.ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "SIP-2026-000002" }).WaitForAsync();
        Assert.Contains("Mikael Öhrn", await page.ContentAsync(), StringComparison.Ordinal);
        await page.Locator("div[data-interactive=true]").WaitForAsync();
        await Screenshot(page, "plan");
        await OpenTabAsync(page, "Mål och behov");
        Assert.Equal("Jag vill ha en egen lägenhet och klara mig utan alkohol.",
            await page.GetByLabel("Personens egna mål").InputValueAsync());
        await OpenTabAsync(page, "Deltagare");
        await page.Locator("tr[data-participant]").Filter(new() { HasText = "Beroendemottagningen Östersund" }).WaitForAsync();
    }

    [BrowserFact]
    public async Task Opening_a_plan_in_the_browser_logs_exactly_one_read_of_it()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, "Anna Lindqvist");
        var planUrl = await page.Locator("table").GetByRole(AriaRole.Link, new() { Name = "SIP-2026-000001" }).GetAttributeAsync("href");
        var planId = planUrl!.Split('/')[^1];
        var before = await ReadsOfPlanAsync(page, planId);

        // A full page load: the server prerenders, then the interactive circuit renders again.
        await page.GotoAsync(new Uri(App.BaseAddress, planUrl).ToString());
        await page.Locator("div[data-interactive=true]").WaitForAsync();
        await OpenTabAsync(page, "Versioner");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Versioner" }).WaitForAsync();

        Assert.Equal(before + 1, await ReadsOfPlanAsync(page, planId));
    }

    private async Task<int> ReadsOfPlanAsync(IPage page, string planId)
    {
        var response = await page.Context.APIRequest.GetAsync(
            new Uri(App.BaseAddress, $"/api/v1/plans/{planId}/audit-trail?pageSize=500").ToString());
        Assert.True(response.Ok, $"audit trail: {response.Status}");
        var trail = await response.JsonAsync();
        return trail!.Value.GetProperty("entries").EnumerateArray()
            .Count(e => e.GetProperty("action").GetString() == "GetPlan" && e.GetProperty("userName").GetString() == "Anna Lindqvist");
    }

    [BrowserFact]
    public async Task The_administrator_is_told_in_Swedish_when_a_deadline_is_outside_the_agreement()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, "Johan Ek");
        await page.GetByRole(AriaRole.Link, new() { Name = "Till administrationen" }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Tidsfrister" }).WaitForAsync();
        await page.Locator("div[data-interactive=true]").WaitForAsync();

        var interval = page.GetByLabel("Dagar mellan uppföljningar");
        await interval.FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara tidsfrister" }).ClickAsync();
        // Once in the summary at the top of the form, once under the field itself.
        var message = page.GetByText("Uppföljningsintervallet ska vara 7–365 dagar.");
        await page.Locator("[data-error-summary]").GetByText("Uppföljningsintervallet ska vara 7–365 dagar.").WaitForAsync();
        await message.Nth(1).WaitForAsync();
        Assert.Equal(2, await message.CountAsync());
        await Screenshot(page, "administration");

        // The field is sent to the server when it loses focus; a click racing a busy circuit can
        // otherwise save what the field held before.
        await interval.FillAsync("90");
        await interval.PressAsync("Tab");
        Assert.Equal("90", await interval.InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara tidsfrister" }).ClickAsync();
        await page.GetByText("Tidsfristerna är sparade.").WaitForAsync();
    }

    [BrowserFact]
    public async Task The_administrator_previews_the_county_catalogue_row_by_row_on_an_accessible_page()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, "Johan Ek");
        await page.GetByRole(AriaRole.Link, new() { Name = "Till administrationen" }).ClickAsync();
        await page.Locator("div[data-interactive=true]").WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Importera katalog" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Importera katalog" }).WaitForAsync();

        // The documented example file, as an administrator would choose it; a preview keeps nothing.
        // Blazor listens for the chosen file only once its script has taken the input over after
        // the render; a file set before that is never seen by the server.
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await page.Locator("input[type=file]").SetInputFilesAsync(Path.Combine(RunningApp.RepositoryRoot(), "docs", "katalog-exempel.csv"));
        await page.GetByText("Vald fil: katalog-exempel.csv").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Förhandsgranska" }).ClickAsync();
        await page.GetByText("Förhandsgranskning – inget har sparats.").WaitForAsync();
        var counts = await page.Locator("[data-import-counts]").InnerTextAsync();
        Assert.Contains("Avvisade: 0", counts, StringComparison.Ordinal);
        Assert.True(await page.Locator("tr[data-import-line]").CountAsync() > 0, "the report lists no rows");
        await ScanAsync(page, "/administration Importera katalog (förhandsgranskning)");
    }

    [BrowserFact]
    public async Task The_administrator_finds_in_the_log_who_opened_a_plan()
    {
        var social = await NewPageAsync();
        await SignInAsync(social, "Anna Lindqvist");
        await social.Locator("table").GetByRole(AriaRole.Link, new() { Name = "SIP-2026-000003" }).ClickAsync();
        await social.GetByRole(AriaRole.Heading, new() { Name = "SIP-2026-000003" }).WaitForAsync();

        var page = await NewPageAsync();
        await SignInAsync(page, "Johan Ek");
        await page.GetByRole(AriaRole.Link, new() { Name = "Till administrationen" }).ClickAsync();
        await page.Locator("div[data-interactive=true]").WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Loggkontroll" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Läsning av andra enheters planer" }).WaitForAsync();

        await page.GetByLabel("Diarienummer").FillAsync("SIP-2026-000003");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök i loggen" }).ClickAsync();
        // The unfiltered log shows other plans first; the search leaves only this plan's events.
        await page.Locator("tr[data-entry]")
            .Filter(new() { HasNotText = "SIP-2026-000003" }).First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var read = page.Locator("tr[data-entry]").Filter(new() { HasText = "Anna Lindqvist" })
            .Filter(new() { HasText = "öppnade planen" });
        await read.First.WaitForAsync();
        await Screenshot(page, "loggkontroll");
    }

    /// <summary>
    /// The acceptance journey of the UI: the social worker starts a SIP with consent and summons the
    /// clinic; the clinic's nurse, at another desk, accepts the invitation and the insats from the
    /// inbox; the social worker gives the overall responsibility, writes the person's goals and
    /// establishes the plan. Each step through the pages a person uses, nothing through the API.
    /// </summary>
    [BrowserFact]
    public async Task A_plan_goes_from_start_to_established_between_the_social_worker_and_the_clinic()
    {
        var social = await OpenStartFormAsync("Beroende och bostadslöshet; behöver LARO och boendestöd samordnat.");
        await social.GetByLabel("Personnummer eller samordningsnummer").FillAsync("19900712-1230");
        await social.GetByLabel("Namn", new() { Exact = true }).FillAsync("Hela Vägensson");
        await social.GetByLabel("Beroendemottagningen Östersund").CheckAsync();
        await social.GetByRole(AriaRole.Button, new() { Name = "Starta SIP" }).ClickAsync();
        await social.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/planer/[0-9a-f-]{36}$"));
        var heading = social.GetByRole(AriaRole.Heading,
            new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^SIP-\d{4}-\d{6}$") });
        await heading.WaitForAsync();
        var reference = (await heading.InnerTextAsync()).Trim();
        await social.Locator("div[data-interactive=true]").WaitForAsync();

        // Insatser: one for the clinic, one for the social worker's own unit, which she accepts herself.
        await OpenTabAsync(social, "Insatser");
        var start = DateTime.Today.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await ProposeAsync(social, "Beroendemottagningen Östersund", "Läkemedelsassisterad behandling", "LARO med daglig utdelning.",
            start);
        await ProposeAsync(social, "Socialtjänsten Östersund – Vuxenenheten", "Boendestöd", "Boendestöd två gånger i veckan.",
            start);
        var own = social.Locator("tr[data-action]").Filter(new() { HasText = "Boendestöd två gånger i veckan." });
        await own.GetByRole(AriaRole.Button, new() { Name = "Acceptera" }).ClickAsync();
        await social.GetByText("Insatsen är accepterad.").WaitForAsync();

        // At the clinic: the invitation and the insats, answered in the inbox.
        var clinic = await NewPageAsync();
        await SignInAsync(clinic, "Erik Johansson");
        await clinic.Locator("section[data-interactive=true]").WaitForAsync();
        await clinic.GetByRole(AriaRole.Button, new() { Name = $"Acceptera kallelse i {reference}" }).ClickAsync();
        await clinic.GetByText("Kallelsen är accepterad.").WaitForAsync();
        await clinic.GetByRole(AriaRole.Button, new() { Name = $"Acceptera insats att besvara i {reference}" }).ClickAsync();
        await clinic.GetByText("Insatsen är accepterad.").WaitForAsync();

        // Back at the social worker's desk, her screen shows the plan as it was: the next save says so.
        await OpenTabAsync(social, "Mål och behov");
        await social.GetByLabel("Personens egna mål").FillAsync("Jag vill ha ett eget boende och må bättre.");
        await social.GetByRole(AriaRole.Button, new() { Name = "Spara mål och behov" }).ClickAsync();
        await social.Locator("[data-conflict]").WaitForAsync();
        await social.GetByRole(AriaRole.Button, new() { Name = "Läs in planen igen" }).ClickAsync();
        Assert.Equal("Jag vill ha ett eget boende och må bättre.", await social.GetByLabel("Personens egna mål").InputValueAsync());
        await social.GetByRole(AriaRole.Button, new() { Name = "Spara mål och behov" }).ClickAsync();
        await social.GetByText("Mål och behov är sparade.").WaitForAsync();

        await OpenTabAsync(social, "Översikt");
        await SelectAsync(social, "Enhet med övergripande ansvar", "Socialtjänsten Östersund – Vuxenenheten");
        await social.GetByRole(AriaRole.Button, new() { Name = "Spara ansvar" }).ClickAsync();
        await social.GetByText("Det övergripande ansvaret är sparat.").WaitForAsync();

        // Establishing without the person's approval is refused, next to the form.
        await social.GetByRole(AriaRole.Button, new() { Name = "Fastställ planen" }).ClickAsync();
        await social.Locator("[data-error-summary]").GetByText("Planen gäller först när personen har godkänt den.").WaitForAsync();
        await social.GetByLabel("Personen har godkänt planen").CheckAsync();
        await Screenshot(social, "faststall");
        await social.GetByRole(AriaRole.Button, new() { Name = "Fastställ planen" }).ClickAsync();
        await social.GetByText("Planen är fastställd.", new() { Exact = false }).WaitForAsync();
        await social.Locator(".mud-chip").GetByText("Fastställd").WaitForAsync();
        await OpenTabAsync(social, "Versioner");
        await social.GetByText("Version 1, fastställd", new() { Exact = false }).WaitForAsync();
        Assert.Empty(ConsoleErrors);
    }

    [BrowserFact]
    public async Task Starta_SIP_is_reached_filled_in_and_sent_with_the_keyboard_alone()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, "Anna Lindqvist");

        await TabToAsync(page, "a", "Starta SIP");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Starta SIP" }).WaitForAsync();
        await page.Locator("div[data-interactive=true]").WaitForAsync();

        await TabToAsync(page, "input", "Ärendets referens i verksamhetssystemet");
        // At a typist's pace: all at once, a key can arrive while the circuit re-renders the field.
        await page.Keyboard.TypeAsync("VU-TANGENT-1", new() { Delay = 40 });
        await TabToAsync(page, "button", "Starta SIP");
        await page.Keyboard.PressAsync("Enter");

        // Sent from the keyboard: the server's answer lists what is missing, and the typed reference stays.
        await page.Locator("[data-error-summary]").GetByText("Ange personens namn.").WaitForAsync();
        Assert.Equal("VU-TANGENT-1", await page.GetByLabel("Ärendets referens i verksamhetssystemet").InputValueAsync());
        Assert.Empty(ConsoleErrors);
    }

    /// <summary>Presses Tab until the focus is on the element of that kind whose text or label is <paramref name="name"/>.</summary>
    private static async Task TabToAsync(IPage page, string tag, string name)
    {
        for (var presses = 0; presses < 80; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string?>(
                """
                tag => {
                    const e = document.activeElement;
                    if (!e || e.tagName.toLowerCase() !== tag) return null;
                    const label = e.labels && e.labels.length ? e.labels[0].textContent : null;
                    return (label || e.getAttribute('aria-label') || e.textContent || '').replace('*', '').trim();
                }
                """, tag);
            if (focused == name)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached the {tag} \"{name}\".");
    }

    [BrowserFact]
    public async Task A_nurse_switches_to_English_and_back()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, "Maria Nilsson");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Svenska" }).WaitForAsync();
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await page.Locator("section[data-interactive=true]").WaitForAsync();
        await Screenshot(page, "start-english");
        Assert.DoesNotContain(">Starta SIP<", await page.ContentAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Svenska" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).WaitForAsync();
        Assert.Equal("sv", await page.Locator("html").GetAttributeAsync("lang"));
    }
}
