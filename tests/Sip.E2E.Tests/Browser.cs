using Microsoft.Playwright;

namespace Sip.E2E.Tests;

/// <summary>
/// Debian's Chromium, launched by path: a test tool's own browser download cannot work here. On a
/// laptop without it the browser tests are skipped with a reason; under CI=true they fail.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Chromium { get; private set; } = null!;

    public static string? SkipReason =>
        File.Exists(ChromiumPath) || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"No browser at {ChromiumPath} (apt-get install chromium; bash .ci/run does).";

    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = Browser.SkipReason;
    }
}

/// <summary>The app and the browser, started once for all browser tests.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserJourneys : ICollectionFixture<RunningApp>, ICollectionFixture<Browser>
{
    public const string Name = "browser";
}
