using Microsoft.Playwright;

namespace Sip.E2E.Tests;

/// <summary>
/// What a person sees in a real browser: sign in as a demo user, find the unit's plans, open one;
/// and a user of another municipality who opens the same address sees no data. Set
/// SIP_SCREENSHOTS=1 to save the pages into docs/screenshots.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class JourneyTests(RunningApp app, Browser browser)
{
    /// <summary>Every error the pages of this test wrote to the browser console, and every script error.</summary>
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _consoleErrors = new();

    [BrowserFact]
    public async Task A_social_worker_signs_in_sees_the_units_plans_and_opens_one()
    {
        var page = await NewPageAsync();

        await page.GotoAsync(new Uri(app.BaseAddress, "/logga-in").ToString());
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
        Assert.Equal("Jag vill ha en egen lägenhet och klara mig utan alkohol.", await page.GetByLabel("Personens egna mål").InputValueAsync());
        await OpenTabAsync(page, "Deltagare");
        await page.Locator("tr[data-participant]").Filter(new() { HasText = "Beroendemottagningen Östersund" }).WaitForAsync();
    }

    [BrowserFact]
    public async Task A_user_of_another_municipality_opening_the_plans_address_sees_no_access_and_no_data()
    {
        var owner = await NewPageAsync();
        await SignInAsync(owner, "Anna Lindqvist");
        await owner.Locator("table").GetByRole(AriaRole.Link, new() { Name = "SIP-2026-000002" }).ClickAsync();
        await owner.GetByRole(AriaRole.Heading, new() { Name = "SIP-2026-000002" }).WaitForAsync();
        var planUrl = owner.Url;

        var foreign = await NewPageAsync();
        await SignInAsync(foreign, "Lars Holm");
        await foreign.GotoAsync(planUrl);

        await foreign.GetByRole(AriaRole.Heading, new() { Name = "Ingen åtkomst" }).WaitForAsync();
        var content = await foreign.ContentAsync();
        Assert.DoesNotContain("Mikael", content, StringComparison.Ordinal);
        Assert.DoesNotContain("19850314", content, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task A_nurse_answers_the_invitation_and_rejects_an_insats_with_a_reason_from_the_inbox()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, "Erik Johansson");
        await page.Locator("section[data-interactive=true]").WaitForAsync();
        await Screenshot(page, "inkorg");

        await page.GetByRole(AriaRole.Button, new() { Name = "Acceptera kallelse i SIP-2026-000002" }).ClickAsync();
        await page.GetByText("Kallelsen är accepterad.").WaitForAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Avvisa SIP-2026-000002" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();
        await page.GetByText("Ange skälet till att insatsen inte accepteras.").WaitForAsync();

        await page.GetByLabel("Skäl").First.FillAsync("Abstinensbehandlingen görs på hälsocentralen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();
        await page.GetByText("Insatsen är avvisad; den som föreslog den ser ert skäl.").WaitForAsync();
        await page.GetByText("Inget väntar på din enhet just nu.").WaitForAsync();
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
        await page.GotoAsync(new Uri(app.BaseAddress, planUrl).ToString());
        await page.Locator("div[data-interactive=true]").WaitForAsync();
        await OpenTabAsync(page, "Versioner");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Versioner" }).WaitForAsync();

        Assert.Equal(before + 1, await ReadsOfPlanAsync(page, planId));
    }

    private async Task<int> ReadsOfPlanAsync(IPage page, string planId)
    {
        var response = await page.Context.APIRequest.GetAsync(new Uri(app.BaseAddress, $"/api/v1/plans/{planId}/audit-trail?pageSize=500").ToString());
        Assert.True(response.Ok, $"audit trail: {response.Status}");
        var trail = await response.JsonAsync();
        return trail!.Value.GetProperty("entries").EnumerateArray()
            .Count(e => e.GetProperty("action").GetString() == "GetPlan" && e.GetProperty("userName").GetString() == "Anna Lindqvist");
    }

    [BrowserFact]
    public async Task A_social_worker_starts_a_sip_from_a_case_with_consent_and_summons_two_units()
    {
        var page = await OpenStartFormAsync("Alkoholberoende; behöver samordnad vård och boende.");
        var identity = page.GetByLabel("Personnummer eller samordningsnummer");
        await identity.FillAsync("19850314-982");
        await identity.BlurAsync();
        await page.GetByText("Ange personnummer med 10 eller 12 siffror, t.ex. 19121212-1212.").WaitForAsync();
        await identity.FillAsync("19850314-9828");
        await identity.BlurAsync();
        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync("Webb Testsson");
        await page.GetByLabel("Hälsocentralen Odenslund").CheckAsync();
        await page.GetByLabel("Beroendemottagningen Östersund").CheckAsync();
        await Screenshot(page, "starta-sip");
        await page.GetByRole(AriaRole.Button, new() { Name = "Starta SIP" }).ClickAsync();

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/planer/[0-9a-f-]{36}$"));
        await page.GetByText("Webb Testsson, 19850314-9828").WaitForAsync();
        await page.Locator("div[data-interactive=true]").WaitForAsync();
        await OpenTabAsync(page, "Deltagare");
        var participants = page.Locator("tr[data-participant]");
        await participants.Filter(new() { HasText = "Hälsocentralen Odenslund" }).WaitForAsync();
        await participants.Filter(new() { HasText = "Beroendemottagningen Östersund" }).WaitForAsync();
        Assert.Equal(2, await participants.Filter(new() { HasText = "Inväntar svar" }).CountAsync());
        await OpenTabAsync(page, "Samtycke");
        await page.GetByText("Skriftligt samtycke från personen själv").WaitForAsync();
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

        await interval.FillAsync("90");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara tidsfrister" }).ClickAsync();
        await page.GetByText("Tidsfristerna är sparade.").WaitForAsync();
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
        await page.Locator("tr[data-entry]").Filter(new() { HasNotText = "SIP-2026-000003" }).First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var read = page.Locator("tr[data-entry]").Filter(new() { HasText = "Anna Lindqvist" }).Filter(new() { HasText = "öppnade planen" });
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
        var heading = social.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^SIP-\d{4}-\d{6}$") });
        await heading.WaitForAsync();
        var reference = (await heading.InnerTextAsync()).Trim();
        await social.Locator("div[data-interactive=true]").WaitForAsync();

        // Insatser: one for the clinic, one for the social worker's own unit, which she accepts herself.
        await OpenTabAsync(social, "Insatser");
        var start = DateTime.Today.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await ProposeAsync(social, "Beroendemottagningen Östersund", "Läkemedelsassisterad behandling", "LARO med daglig utdelning.", start);
        await ProposeAsync(social, "Socialtjänsten Östersund – Vuxenenheten", "Boendestöd", "Boendestöd två gånger i veckan.", start);
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
        Assert.Empty(_consoleErrors);
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
        await page.Keyboard.TypeAsync("VU-TANGENT-1");
        await TabToAsync(page, "button", "Starta SIP");
        await page.Keyboard.PressAsync("Enter");

        // Sent from the keyboard: the server's answer lists what is missing, and the typed reference stays.
        await page.Locator("[data-error-summary]").GetByText("Ange personens namn.").WaitForAsync();
        Assert.Equal("VU-TANGENT-1", await page.GetByLabel("Ärendets referens i verksamhetssystemet").InputValueAsync());
        Assert.Empty(_consoleErrors);
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
    public async Task The_sip_stodjare_reviews_the_areas_plans_without_seeing_who_they_are_about()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, "Karin Berg");
        await page.GetByRole(AriaRole.Heading, new() { Name = "SIP i ditt område" }).WaitForAsync();
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Uppföljning" }).ClickAsync();

        var grid = page.Locator("table");
        await grid.GetByText("SIP-2026-000004").WaitForAsync();
        await Screenshot(page, "uppfoljning");
        var content = await page.ContentAsync();
        Assert.DoesNotContain("Mikael", content, StringComparison.Ordinal);
        Assert.DoesNotContain("19850314", content, StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "SIP-2026-000004" }).CountAsync());
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

    /// <summary>Anna Lindqvist opens "Starta SIP" from the menu and fills in a new case.</summary>
    private async Task<IPage> OpenStartFormAsync(string reason)
    {
        var page = await NewPageAsync();
        await SignInAsync(page, "Anna Lindqvist");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Starta SIP" }).ClickAsync();
        await page.Locator("div[data-interactive=true]").WaitForAsync();
        await page.GetByLabel("Ärendets referens i verksamhetssystemet").FillAsync($"VU-E2E-{Guid.NewGuid():N}"[..16]);
        await page.GetByLabel("Varför behövs en SIP?").FillAsync(reason);
        return page;
    }

    private static async Task ProposeAsync(IPage page, string unit, string type, string description, string start)
    {
        await SelectAsync(page, "Ansvarig enhet", unit);
        await SelectAsync(page, "Typ av insats", type);
        await page.GetByLabel("Beskrivning").FillAsync(description);
        var starts = page.GetByLabel("Startar");
        await starts.FillAsync(start);
        await starts.PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Föreslå insats" }).ClickAsync();
        await page.GetByText("Insatsen är föreslagen och skickad till enheten.").First.WaitForAsync();
        await page.Locator("tr[data-action]").Filter(new() { HasText = description }).WaitForAsync();
    }

    /// <summary>Opens a select by its label and picks the option whose text starts with <paramref name="option"/>.</summary>
    private static async Task SelectAsync(IPage page, string label, string option)
    {
        await page.GetByLabel(label).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    private static async Task OpenTabAsync(IPage page, string name)
    {
        await page.GetByRole(AriaRole.Tab, new() { Name = name, Exact = true }).ClickAsync();
    }

    private async Task<IPage> NewPageAsync()
    {
        // Each journey has its own context: its own cookies, as a different person at another desk.
        var context = await browser.Chromium.NewContextAsync(new BrowserNewContextOptions { Locale = "sv-SE", ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => _consoleErrors.Enqueue($"{page.Url}: {error}");
        return page;
    }

    private async Task SignInAsync(IPage page, string name)
    {
        await page.GotoAsync(new Uri(app.BaseAddress, "/logga-in").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = $"Logga in som {name}" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(app.BaseAddress, "/").ToString());

        // A click before the page has become interactive can be lost; people wait for the page, so the test does.
        await page.Locator("div[data-interactive=true]").First.WaitForAsync();
    }

    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("SIP_SCREENSHOTS") is not ("1" or "true"))
        {
            return;
        }

        var folder = Path.Combine(RunningApp.RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
