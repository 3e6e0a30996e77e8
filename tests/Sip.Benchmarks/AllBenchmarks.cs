using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sip.Benchmarks;

/// <summary>
/// Every benchmark in one command, each in a process of its own so that none inherits another's
/// memory or warm caches, and docs/performance.md written from what they measured: the figures of
/// this run, each followed by the notes in Report/ that say why and what would close a gap.
/// </summary>
internal static partial class AllBenchmarks
{
    private sealed record Part(string Command, string Title, string[] Arguments);

    private static readonly Part[] Parts =
    [
        new("api", "The API over HTTP against a raw baseline (`api`)", ["api"]),
        new("lists", "Plan lists at scale (`lists`)", ["lists"]),
        new("stats", "SIP-stödjare's follow-up at scale (`stats`)", ["stats"]),
        new("scan", "The nightly deadline scan over a million plans (`scan`)", ["scan"]),
        new("mediator", "Mediator and pipeline overhead per request (BenchmarkDotNet)", ["--filter", "*MediatorOverhead*"]),
        new("startup", "Start-up of the embedded default (`startup`)", ["startup"]),
        new("circuits", "Memory per Blazor Server circuit (`circuits`)", ["circuits"]),
    ];

    public static async Task<int> RunAsync(Options options, string[] args)
    {
        var document = args.SkipWhile(a => a != "--doc").Skip(1).FirstOrDefault()
            ?? Path.Combine(Repository.Root(), "docs", "performance.md");
        var work = Directory.CreateTempSubdirectory("sip-benchmarks-").FullName;
        var failed = new List<string>();
        var sections = new StringBuilder();
        foreach (var part in Parts)
        {
            Console.WriteLine($"\n== {part.Title}");
            var output = Path.Combine(work, part.Command + ".md");
            // BenchmarkDotNet builds its own copy of this project, which it finds from the repository.
            var (arguments, folder) = part.Command == "mediator"
                ? ([.. part.Arguments, "--artifacts", Path.Combine(work, "BenchmarkDotNet.Artifacts")], Repository.Root())
                : ((string[])[.. part.Arguments, "--out", output, "--postgres", options.Postgres], work);
            var clock = Stopwatch.StartNew();
            var exit = await RunChildAsync(arguments, folder);
            Console.WriteLine($"== {part.Command}: exit {exit} after {clock.Elapsed.TotalMinutes:F1} min");
            if (exit != 0)
            {
                failed.Add(part.Command);
            }

            var figures = part.Command == "mediator" ? Mediator(work) : File.Exists(output) ? Body(await File.ReadAllTextAsync(output))
                : "(no figures: the benchmark failed)";
            sections.AppendLine(CultureInfo.InvariantCulture, $"## {part.Title}").AppendLine().AppendLine(figures.Trim()).AppendLine();
            sections.AppendLine(await NotesAsync(part.Command)).AppendLine();
        }

        var text = new StringBuilder();
        text.AppendLine(await NotesAsync("intro")).AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Written by `all` on {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, " +
            $"{await PostgresSettingsAsync(options.Postgres)}.");
        text.AppendLine();
        text.Append(sections);
        await File.WriteAllTextAsync(document, text.ToString().TrimEnd() + "\n");
        Console.WriteLine($"\nWrote {document}{(failed.Count == 0 ? string.Empty : "; failed: " + string.Join(", ", failed))}");
        Directory.Delete(work, recursive: true);
        return failed.Count == 0 ? 0 : 1;
    }

    private static async Task<int> RunChildAsync(string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, UseShellExecute = false };
        start.ArgumentList.Add(typeof(AllBenchmarks).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("The benchmark did not start.");
        await child.WaitForExitAsync();
        return child.ExitCode;
    }

    /// <summary>A benchmark's own report without its heading; a plain-text report kept as it printed.</summary>
    private static string Body(string report)
    {
        var lines = report.Trim().Split('\n').ToList();
        if (lines.Count > 0 && lines[0].StartsWith("## ", StringComparison.Ordinal))
        {
            return string.Join('\n', lines.Skip(1)).Trim();
        }

        return report.TrimStart().StartsWith('|') || report.TrimStart().StartsWith('#') ? report : "```\n" + report.TrimEnd() + "\n```";
    }

    /// <summary>
    /// BenchmarkDotNet's table and the overhead it shows for each pair: through the pipeline minus
    /// straight to the answer, with the database and with the answer in memory.
    /// </summary>
    private static string Mediator(string work)
    {
        var file = Directory.EnumerateFiles(Path.Combine(work, "BenchmarkDotNet.Artifacts", "results"),
            "*MediatorOverhead-report-github.md").FirstOrDefault();
        if (file is null)
        {
            return "(no figures: the benchmark failed)";
        }

        var table = File.ReadAllLines(file).Where(l => l.StartsWith('|')).ToList();
        var header = table[0].Split('|', StringSplitOptions.TrimEntries);
        var (mean, error) = (Array.IndexOf(header, "Mean"), Array.IndexOf(header, "Error"));
        var rows = table.Skip(2).Select(row => row.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => mean > 0 && MeanPattern().IsMatch(cells[mean]))
            .ToDictionary(cells => cells[1].Replace("'", string.Empty, StringComparison.Ordinal), StringComparer.Ordinal);
        string Pair(string direct, string piped, string what)
        {
            if (!rows.TryGetValue(direct, out var baseline) || !rows.TryGetValue(piped, out var through))
            {
                return $"{what}: (no figures: the benchmark failed)";
            }

            // Each mean is known only to within its error (BenchmarkDotNet's half 99.9 % interval), so
            // their difference is known to within the sum: a verdict finer than that would be a guess.
            var overhead = Microseconds(through[mean]) - Microseconds(baseline[mean]);
            var uncertainty = Microseconds(baseline[error]) + Microseconds(through[error]);
            var verdict = uncertainty >= 1
                ? $"not measurable in this run: the two means are each known only to within " +
                    $"{Microseconds(baseline[error]):F1} and {Microseconds(through[error]):F1} µs"
                : overhead + uncertainty <= 1 ? "met" : overhead - uncertainty > 1 ? $"missed by {overhead - 1:F2} µs"
                    : "within this run's error of the target";
            return string.Create(CultureInfo.InvariantCulture,
                $"{what}: {overhead:F2} ± {uncertainty:F2} µs per request (target ≤ 1 µs: {verdict}).");
        }

        return new StringBuilder().AppendLine(string.Join('\n', table)).AppendLine()
            .AppendLine(Pair("AnswerDirectly", "PipelineAroundAnswer", "Overhead of the pipeline around an answer in memory")).AppendLine()
            .AppendLine(Pair("HandlerDirectly", "ThroughMediatorAndPipeline", "Overhead through the mediator with the database's query"))
                .ToString();
    }

    private static double Microseconds(string mean)
    {
        var match = MeanPattern().Match(mean.Replace(",", string.Empty, StringComparison.Ordinal));
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "ns" => value / 1000, "ms" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"([0-9.]+)\s*(ns|μs|µs|us|ms)")]
    private static partial Regex MeanPattern();

    private static async Task<string> NotesAsync(string name)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Report", name + ".md");
        return File.Exists(file) ? (await File.ReadAllTextAsync(file)).Trim() : string.Empty;
    }

    private static async Task<string> PostgresSettingsAsync(string postgres)
    {
        await using var connection = new Npgsql.NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT 'PostgreSQL ' || current_setting('server_version') || ', shared_buffers ' || current_setting('shared_buffers') || ', " +
            "random_page_cost ' || current_setting('random_page_cost')", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

}
