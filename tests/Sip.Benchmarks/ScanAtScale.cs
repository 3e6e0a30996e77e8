using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sip.Application.Notifications;
using Sip.Infrastructure.Notifications;
using Sip.Infrastructure.Persistence;

namespace Sip.Benchmarks;

/// <summary>
/// The nightly deadline scan over a national database, as the recurring job runs it: wall time,
/// the peak working set of the process, and the reminders written. A second scan straight after
/// must write none: each reminder is sent once, however often the scan runs.
/// </summary>
internal static class ScanAtScale
{
    public static async Task<int> RunAsync(Options options)
    {
        await using var services = NationalData.Services(options.Postgres);
        var plans = await PlanListsAtScale.CountPlansAsync(options.Postgres);
        await ExecuteAsync(options.Postgres, """DELETE FROM "Outbox" WHERE "Kind" = 'Reminder'""");
        int overdue;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SipDbContext>();
            overdue = (await OverdueDeadlines.FindAsync(db, null, DateTimeOffset.UtcNow, CancellationToken.None)).Count;
        }

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var before = self.WorkingSet64;
        var (first, firstWritten) = await ScanAsync(services);
        self.Refresh();
        var peak = self.PeakWorkingSet64;
        var (second, secondWritten) = await ScanAsync(services);

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Deadline scan over {plans:N0} plans in PostgreSQL ({overdue:N0} deadlines passed, {100.0 * overdue / plans:F1} % of plans)");
        text.AppendLine(CultureInfo.InvariantCulture, $"  first scan:  {first.TotalSeconds:F1} s, {firstWritten:N0} reminders written");
        text.AppendLine(CultureInfo.InvariantCulture, $"  second scan: {second.TotalSeconds:F1} s, {secondWritten:N0} reminders written");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  working set before {before / 1048576.0:F0} MB, peak of the process {peak / 1048576.0:F0} MB");
        var (seconds, megabytes) = (first.TotalSeconds, peak / 1048576.0);
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  target ≤ 15 s: {(seconds <= 15 ? "met" : $"missed by {seconds - 15:F1} s")}; target ≤ 400 MB peak: " +
            $"{(megabytes <= 400 ? "met" : $"missed by {megabytes - 400:F0} MB")}; exactly once: " +
            $"{(secondWritten == 0 ? "held" : "NOT held")}");
        Console.Write(text);
        if (options.Out is { } file)
        {
            await File.WriteAllTextAsync(file, text.ToString());
        }

        return secondWritten == 0 ? 0 : 1;
    }

    private static async Task<(TimeSpan Took, int Written)> ScanAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var clock = Stopwatch.StartNew();
        var written = await scope.ServiceProvider.GetRequiredService<DeadlineScanner>().ScanAsync(CancellationToken.None);
        return (clock.Elapsed, written);
    }

    private static async Task ExecuteAsync(string postgres, string sql)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
