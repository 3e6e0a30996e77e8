using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Sip.Benchmarks;

/// <summary>
/// The embedded default from a built app to its first 200: the process started with no settings
/// but its own (SQLite, demo county, demo sign-in), timed until the sign-in page answers. A first
/// start also creates, migrates and seeds the database; a later start finds it ready. Two builds
/// of the same app: this project's Release output, which is what <c>dotnet build</c> makes, and
/// the app published with ReadyToRun, as the container image runs it (its code compiled ahead of
/// time, so the start compiles far less just in time).
/// </summary>
internal static class StartUp
{
    private const int Runs = 5;

    public static async Task<int> RunAsync(string[] args)
    {
        var outFile = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault();
        var folder = Directory.CreateTempSubdirectory("sip-startup-").FullName;
        try
        {
            var published = Path.Combine(folder, "published");
            var publishedOk = await PublishReadyToRunAsync(published);
            var report = new StringBuilder();
            report.AppendLine(CultureInfo.InvariantCulture, $"Embedded default to its first 200 on /logga-in ({Runs} runs each, SQLite)");
            foreach (var (name, appFolder) in new (string, string?)[] { ("Release build (dotnet build)", null),
                ("published with ReadyToRun, as in the container image", publishedOk ? published : null) })
            {
                if (appFolder is null && name.StartsWith("published", StringComparison.Ordinal))
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"{name}: (no figures: dotnet publish failed)");
                    continue;
                }

                var first = new List<double>();
                var later = new List<double>();
                for (var run = 0; run < Runs; run++)
                {
                    var database = Path.Combine(folder, $"{(appFolder is null ? "build" : "published")}-{run}.db");
                    first.Add(await TimeToFirst200Async(database, appFolder));
                    later.Add(await TimeToFirst200Async(database, appFolder));
                }

                report.AppendLine(name + ":");
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"  first start, database created, migrated and seeded: median {Median(first):F2} s, max {first.Max():F2} s");
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"  later start, database ready:                          median {Median(later):F2} s, max {later.Max():F2} s");
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"  target first 200 ≤ 3 s: later start {Verdict(Median(later))}, first start {Verdict(Median(first))}");
            }

            Console.Write(report);
            if (outFile is not null)
            {
                await File.WriteAllTextAsync(outFile, report.ToString());
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Publishes the app as the Dockerfile does (framework-dependent, linux-x64, ReadyToRun).</summary>
    private static async Task<bool> PublishReadyToRunAsync(string output)
    {
        var project = Path.Combine(Repository.Root(), "src", "Sip.Web", "Sip.Web.csproj");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "publish", project, "-c", "Release", "-r", "linux-x64", "--self-contained", "false",
            "-p:PublishReadyToRun=true", "-o", output, "-v", "q" })
        {
            start.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var text = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            Console.Error.WriteLine($"dotnet publish exited {publish.ExitCode}:\n{await text}\n{await errors}");
        }

        return publish.ExitCode == 0;
    }


    private static async Task<double> TimeToFirst200Async(string database, string? appFolder)
    {
        var port = AppProcess.FreePort();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        using var app = AppProcess.Start(
            port,
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Sip"] = $"Data Source={database}",
            },
            appFolder: appFolder);
        try
        {
            await AppProcess.WaitForAsync(http, app, "logga-in", TimeSpan.FromMilliseconds(20));
            return clock.Elapsed.TotalSeconds;
        }
        finally
        {
            await AppProcess.StopAsync(app);
        }
    }

    private static string Verdict(double seconds) => seconds <= 3 ? "met" : $"missed by {seconds - 3:F2} s";

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
