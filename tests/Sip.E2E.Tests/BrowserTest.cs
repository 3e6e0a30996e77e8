using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sip.E2E.Tests;

/// <summary>
/// What every browser test does the way a person would: a desk of their own (a browser context),
/// signing in from the demo list, choosing in MudBlazor's selects, opening tabs. Also the
/// accessibility scan and the screenshots (SIP_SCREENSHOTS=1 saves them into docs/screenshots).
/// </summary>
public abstract class BrowserTest(RunningApp app, Browser browser, ITestOutputHelper output)
{
    /// <summary>Every error the pages of this test wrote to the browser console, and every script error.</summary>
    protected System.Collections.Concurrent.ConcurrentQueue<string> ConsoleErrors { get; } = new();

    protected RunningApp App => app;

    protected async Task<IPage> NewPageAsync()
    {
        // Each person has their own context: their own cookies, as at another desk.
        var context = await browser.Chromium.NewContextAsync(
            new BrowserNewContextOptions { Locale = "sv-SE", ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => ConsoleErrors.Enqueue($"{page.Url}: {error}");
        return page;
    }

    protected async Task SignInAsync(IPage page, string name)
    {
        await page.GotoAsync(new Uri(app.BaseAddress, "/logga-in").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = $"Logga in som {name}" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(app.BaseAddress, "/").ToString());

        // A click before the page has become interactive can be lost; people wait for the page, so the test does.
        await page.Locator("div[data-interactive=true]").First.WaitForAsync();
    }

    /// <summary>Anna Lindqvist opens "Starta SIP" from the menu and fills in a new case.</summary>
    protected async Task<IPage> OpenStartFormAsync(string reason)
    {
        var page = await NewPageAsync();
        await SignInAsync(page, "Anna Lindqvist");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Starta SIP" }).ClickAsync();
        await page.Locator("div[data-interactive=true]").WaitForAsync();
        await page.GetByLabel("Ärendets referens i verksamhetssystemet").FillAsync($"VU-E2E-{Guid.NewGuid():N}"[..16]);
        await page.GetByLabel("Varför behövs en SIP?").FillAsync(reason);
        return page;
    }

    protected static async Task ProposeAsync(IPage page, string unit, string type, string description, string start)
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
    protected static async Task SelectAsync(IPage page, string label, string option)
    {
        await page.GetByLabel(label).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    protected static Task OpenTabAsync(IPage page, string name) =>
        page.GetByRole(AriaRole.Tab, new() { Name = name, Exact = true }).ClickAsync();

    protected static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("SIP_SCREENSHOTS") is not ("1" or "true"))
        {
            return;
        }

        var folder = Path.Combine(RunningApp.RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }

    /// <summary>
    /// Runs axe-core in the page as it stands and prints the count of violations by weight. A
    /// serious or critical one fails the test, naming the rule and the elements: those are the
    /// barriers that stop a person using a screen reader or the keyboard, or who sees poorly.
    /// </summary>
    protected async Task ScanAsync(IPage page, string name)
    {
        var result = await SettledAxeAsync(page);
        var blocking = Blocking(result);
        if (blocking.Count > 0)
        {
            // A snackbar that began to fade in or out while axe read the page is measured at its
            // passing colours; a real barrier is still there a moment later.
            await Task.Delay(1_000);
            result = await SettledAxeAsync(page);
            blocking = Blocking(result);
        }

        var minor = result.Violations.Except(blocking).Sum(v => v.Nodes.Length);
        output.WriteLine($"axe {name}: {blocking.Sum(v => v.Nodes.Length)} serious or critical, {minor} moderate or minor, " +
            $"{result.Passes.Length} rules passed");
        Assert.True(blocking.Count == 0, $"{name}: " + string.Join("\n", blocking.Select(v =>
            $"{v.Impact} {v.Id} ({v.Help}): {string.Join(" | ", v.Nodes.Take(5).Select(n => n.Html))}")));
    }

    private static List<AxeResultItem> Blocking(AxeResult result) => [.. result.Violations.Where(v => v.Impact is "serious" or "critical")];

    /// <summary>Axe over the page once what is moving (a snackbar fading in or out) has settled.</summary>
    private static async Task<AxeResult> SettledAxeAsync(IPage page)
    {
        await page.WaitForFunctionAsync(
            "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)",
            null,
            new() { Timeout = 5_000 });
        return await page.RunAxe();
    }
}
