using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace Sip.Benchmarks;

/// <summary>
/// Memory per Blazor Server circuit: the real app as its own process in the embedded default, and
/// headless Chromium pages, each in a browser context of its own (its own cookie, so its own
/// circuit), signed in as a demo user and showing the plan list with live data. The app's memory
/// is measured with one page open, with all of them open, and after they are closed.
/// </summary>
internal static class CircuitMemory
{
    /// <summary>Debian's Chromium, launched by path as the browser tests do: a downloaded browser cannot work here.</summary>
    private const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Two cores run the app and every renderer: more pages at once only queue behind each other and time out.</summary>
    private const int OpenAtOnce = 5;

    private const int LastSamples = 5;

    private const string RegistryCategory = "Microsoft.AspNetCore.Components.Server.Circuits.CircuitRegistry";

    /// <summary>What the registry logs when a page has said goodbye and its circuit is disposed at once.</summary>
    private const string RemovedFromRegistry = "has been removed from the registry for permanent disconnection";

    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(2);

    /// <summary>Social workers and nurses of two units, so the circuits hold different people's lists, as at a county's desks.</summary>
    private static readonly string[] Users = ["Anna Lindqvist", "Erik Johansson", "Helena Sandberg", "Per Åberg"];

    public static async Task<int> RunAsync(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var count = int.Parse(Value("--pages") ?? "50", CultureInfo.InvariantCulture);
        var outFile = Value("--out");
        if (!File.Exists(ChromiumPath))
        {
            Console.WriteLine($"No browser at {ChromiumPath} (apt-get install chromium).");
            return 1;
        }

        var folder = Directory.CreateTempSubdirectory("sip-circuits-").FullName;
        var port = AppProcess.FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var disposed = 0;
        using var app = AppProcess.Start(
            port,
            new Dictionary<string, string>
            {
                // In Production only a published app serves the static files, blazor.web.js among
                // them; from a build output they come through the static web assets manifest, which
                // the host reads in Development only. Without the script no page starts a circuit.
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ConnectionStrings__Sip"] = $"Data Source={Path.Combine(folder, "sip.db")}",
                ["Logging__LogLevel__Default"] = "Warning",
                // The registry logs a line per circuit it lets go, and nothing per render: the
                // count tells whether "after closing" measures disposed circuits or retained ones.
                [$"Logging__LogLevel__{RegistryCategory}"] = "Debug",
            },
            onLine: line =>
            {
                if (line.Contains(RemovedFromRegistry, StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref disposed);
                }
            });
        try
        {
            using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
            await AppProcess.WaitForAsync(http, app, "health", TimeSpan.FromMilliseconds(250));
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"],
            });

            Console.WriteLine($"Circuits: app on {baseAddress}, one page, then {count} more, {OpenAtOnce} at a time");
            var first = await OpenAsync(browser, baseAddress, Users[0]);
            var before = await SettleAsync(app, "one page");

            var opened = new List<(int Page, IBrowserContext Context)>();
            var failures = new List<string>();
            var clock = Stopwatch.StartNew();
            for (var start = 0; start < count; start += OpenAtOnce)
            {
                var batch = Enumerable.Range(start, Math.Min(OpenAtOnce, count - start)).Select(async i =>
                {
                    try
                    {
                        return (Page: i + 1, Context: await OpenAsync(browser, baseAddress, Users[i % Users.Length]), Error: (string?)null);
                    }
                    catch (Exception e) when (e is PlaywrightException or TimeoutException)
                    {
                        return (Page: i + 1, Context: (IBrowserContext?)null,
                            Error: $"page {i + 1} ({Users[i % Users.Length]}): {e.Message.Split('\n')[0]}");
                    }
                });
                foreach (var (page, context, error) in await Task.WhenAll(batch))
                {
                    if (context is not null)
                    {
                        opened.Add((page, context));
                    }
                    else
                    {
                        failures.Add(error!);
                    }
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {Math.Min(start + OpenAtOnce, count),4} pages opened in {clock.Elapsed.TotalSeconds,5:F0} s, {failures.Count} " +
                    $"failed"));
            }

            var after = await SettleAsync(app, $"{count + 1} pages");
            failures.AddRange((await DisconnectedAsync(opened)).Select(page => $"page {page}: not connected after the settling"));
            foreach (var context in opened.Select(o => o.Context).Prepend(first))
            {
                await CloseAsync(context);
            }

            var closed = await SettleAsync(app, "pages closed");
            var report = Report(count, opened.Count, before, after, closed, Volatile.Read(ref disposed), failures);
            Console.Write(report);
            if (outFile is not null)
            {
                await File.WriteAllTextAsync(outFile, report);
            }

            return failures.Count == 0 ? 0 : 1;
        }
        finally
        {
            await AppProcess.StopAsync(app);
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// A desk of its own: a context, signed in from the demo list, on the plan list. The grid asks
    /// for its rows only once the page is interactive, so a row's link proves the circuit is live.
    /// </summary>
    private static async Task<IBrowserContext> OpenAsync(IBrowser browser, Uri baseAddress, string user)
    {
        var context = await browser.NewContextAsync(
            new BrowserNewContextOptions { Locale = "sv-SE", ViewportSize = new() { Width = 1280, Height = 900 } });
        try
        {
            context.SetDefaultTimeout(60_000);
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(baseAddress, "logga-in").ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = $"Logga in som {user}" }).ClickAsync();
            await page.WaitForURLAsync(baseAddress.ToString());
            await page.Locator("div[data-interactive=true]").First.WaitForAsync();
            await page.Locator("[data-plan-list] a[href^='/planer/']").First.WaitForAsync();
            return context;
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    /// <summary>The pages whose reconnect notice Blazor has marked: their circuit's connection dropped.</summary>
    private static async Task<List<int>> DisconnectedAsync(List<(int Page, IBrowserContext Context)> opened)
    {
        var disconnected = new List<int>();
        foreach (var (page, context) in opened)
        {
            var notice = await context.Pages[0]
                .EvaluateAsync<string>("() => document.getElementById('components-reconnect-modal')?.className ?? ''");
            if (notice.Contains("components-reconnect", StringComparison.Ordinal))
            {
                disconnected.Add(page);
            }
        }

        return disconnected;
    }

    /// <summary>Closes the page as a person would, so blazor.web.js sends its goodbye and the app can dispose the circuit at
    /// once.</summary>
    private static async Task CloseAsync(IBrowserContext context)
    {
        foreach (var page in context.Pages.ToList())
        {
            await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        }

        // With the unload handlers run, closing the page returns before the page has gone.
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        await context.CloseAsync();
    }

    /// <summary>Waits for the app to settle, sampling its memory; the median of the last samples smooths out the collector's
    /// sawtooth.</summary>
    private static async Task<Memory> SettleAsync(Process app, string state)
    {
        var samples = new List<Memory>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Settle)
        {
            await Task.Delay(SampleEvery);
            samples.Add(Measure(app));
        }

        var last = samples.TakeLast(LastSamples).ToList();
        var memory = new Memory(Median(last.Select(s => s.WorkingSet)), last.All(s => s.Private is not null)
            ? Median(last.Select(s => s.Private!.Value)) : null);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {state}: working set {memory.WorkingSet:F1} MB, private " +
            $"{(memory.Private is { } p ? p.ToString("F1", CultureInfo.InvariantCulture) + " MB" : "n/a")}"));
        return memory;
    }

    private static Memory Measure(Process app)
    {
        app.Refresh();
        return new Memory(app.WorkingSet64 / 1048576.0, PrivateMegabytes(app.Id));
    }

    /// <summary>
    /// The resident memory no other process shares, from Linux's smaps_rollup. Process.PrivateMemorySize64
    /// reports VmData there, address space rather than memory in use.
    /// </summary>
    private static double? PrivateMegabytes(int processId)
    {
        var rollup = $"/proc/{processId}/smaps_rollup";
        if (!File.Exists(rollup))
        {
            return null;
        }

        var kilobytes = File.ReadLines(rollup)
            .Where(line => line.StartsWith("Private_Clean:", StringComparison.Ordinal)
                || line.StartsWith("Private_Dirty:", StringComparison.Ordinal))
            .Sum(line => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture));
        return kilobytes / 1024.0;
    }

    /// <param name="live">The pages that showed the plan list: only they added a circuit, so only they divide the growth.</param>
    private static string Report(int count, int live, Memory before, Memory after, Memory closed, int disposed, List<string> failures)
    {
        var report = new StringBuilder();
        report.AppendLine("## Memory per Blazor Server circuit (`circuits`)");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"{count} headless Chromium pages, each in its own browser context and so its own circuit, signed in as one of " +
            $"{Users.Length} demo users and showing the plan list; opened {OpenAtOnce} at a time after a first page.");
        report.AppendLine(CultureInfo.InvariantCulture,
            $"The app runs in the embedded default (SQLite, demo county, demo sign-in) from the Release build, " +
            $"{Environment.ProcessorCount} cores, in the Development environment: only a published app serves its static files in " +
            $"Production.");
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Memory of the app's process: the median of the last {LastSamples} samples, {SampleEvery.TotalSeconds:F0} s apart, in " +
            $"{Settle.TotalSeconds:F0} s of settling; private is the resident memory no other process shares.");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| pages | memory | before (1 page) | after ({live + 1} pages) | per circuit | after closing |");
        report.AppendLine("|---:|---|---:|---:|---:|---:|");
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| {live} | working set, MB | {before.WorkingSet:F1} | {after.WorkingSet:F1} | " +
            $"{(after.WorkingSet - before.WorkingSet) / live:F2} | {closed.WorkingSet:F1} |");
        if (before.Private is { } privateBefore && after.Private is { } privateAfter && closed.Private is { } privateClosed)
        {
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {live} | private, MB | {privateBefore:F1} | {privateAfter:F1} | {(privateAfter - privateBefore) / live:F2} | " +
                $"{privateClosed:F1} |");
        }

        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"- Per circuit is (after − before) / {live}, the pages that showed the plan list.");
        report.AppendLine(CultureInfo.InvariantCulture,
            $"- After closing: all {live + 1} pages closed with their unload handlers run, measured after the same settling. The app " +
            $"disposed {disposed} of the {live + 1} circuits at once; it keeps a circuit whose connection merely dropped for ten " +
            $"minutes. Memory freed goes back to the system only when the collector next runs and returns it.");
        report.AppendLine(failures.Count == 0
            ? string.Create(CultureInfo.InvariantCulture,
                $"- All {count} pages showed the plan list and were still connected after the settling.")
            : string.Create(CultureInfo.InvariantCulture, $"- **{failures.Count} of {count} pages failed**:"));
        foreach (var failure in failures)
        {
            report.AppendLine("  - " + failure);
        }

        return report.ToString();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private sealed record Memory(double WorkingSet, double? Private);
}
