using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Sip.Benchmarks;

/// <summary>
/// The embedded default from a built app to its first 200: the process started with no settings
/// but its own (SQLite, demo county, demo sign-in), timed until the sign-in page answers. A first
/// start also creates, migrates and seeds the database; a later start finds it ready.
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
            var first = new List<double>();
            var later = new List<double>();
            for (var run = 0; run < Runs; run++)
            {
                var database = Path.Combine(folder, $"run{run}.db");
                first.Add(await TimeToFirst200Async(database));
                later.Add(await TimeToFirst200Async(database));
            }

            var report = new StringBuilder();
            report.AppendLine(CultureInfo.InvariantCulture, $"Embedded default to its first 200 on /logga-in ({Runs} runs each, SQLite, Release build)");
            report.AppendLine(CultureInfo.InvariantCulture, $"  first start, database created, migrated and seeded: median {Median(first):F2} s, max {first.Max():F2} s");
            report.AppendLine(CultureInfo.InvariantCulture, $"  later start, database ready:                          median {Median(later):F2} s, max {later.Max():F2} s");
            report.AppendLine(CultureInfo.InvariantCulture, $"  target first 200 ≤ 3 s after build: later start {Verdict(Median(later))}, first start {Verdict(Median(first))}");
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

    private static async Task<double> TimeToFirst200Async(string database)
    {
        var port = AppProcess.FreePort();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        using var app = AppProcess.Start(port, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Sip"] = $"Data Source={database}",
        });
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
