using System.Diagnostics;
using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sip.Application;
using Sip.Application.Abstractions;
using Sip.Application.Features.Plans;
using Sip.Domain.Plans;
using Sip.Infrastructure.Seeding;

namespace Sip.Benchmarks;

/// <summary>
/// The plan lists of the UI over a national database: each question the data grid asks (first
/// page, sorted, filtered, searched, a later page) through the whole use case — pipeline with
/// access rule, validation and access log, EF Core — timed against a raw baseline that answers the
/// first-page question with hand-written SQL over Npgsql, in the same run.
/// </summary>
internal static class PlanListsAtScale
{
    private const int WarmUp = 5;
    private const int Rounds = 40;

    public static async Task<int> RunAsync(Options options)
    {
        await using var services = NationalData.Services(options.Postgres, s =>
        {
            s.AddApplication();
            s.AddScoped<ICurrentUser, SignedInSocialWorker>();
        });
        var sender = services.GetRequiredService<ISender>();
        var plans = await CountPlansAsync(options.Postgres);

        var questions = new (string Name, ListMyPlans Query)[]
        {
            ("Första sidan, senast ändrade", new ListMyPlans()),
            ("Sorterad på namn", new ListMyPlans(SortBy: PlanSort.PersonName, Descending: false)),
            ("Status fastställd", new ListMyPlans(Status: PlanStatus.Established)),
            ("Sök på efternamn", new ListMyPlans(Search: "Lindqvist")),
            ("Sida 20", new ListMyPlans(Page: 20)),
            ("Med avslutade, 100 per sida", new ListMyPlans(IncludeFinished: true, PageSize: 100)),
        };

        var rows = new List<(string Name, double P50, double P95, int Total)>();
        foreach (var (name, query) in questions)
        {
            var total = 0;
            var (p50, p95) = await TimeAsync(async () => total = (await sender.Send(query)).TotalCount);
            rows.Add((name, p50, p95, total));
        }

        var baselineTotal = 0;
        var (b50, b95) = await TimeAsync(async () => baselineTotal = await RawFirstPageAsync(options.Postgres));

        var report = Report(plans, rows, (b50, b95, baselineTotal));
        Console.WriteLine(report);
        if (options.Out is { } file)
        {
            await File.WriteAllTextAsync(file, report);
        }

        return 0;
    }

    internal static async Task<(double P50, double P95)> TimeAsync(Func<Task> question)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            await question();
        }

        var times = new List<double>(Rounds);
        for (var i = 0; i < Rounds; i++)
        {
            var clock = Stopwatch.StartNew();
            await question();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times[(int)(Rounds * 0.50)], times[(int)Math.Ceiling(Rounds * 0.95) - 1]);
    }

    /// <summary>The first page for Vuxenenheten in Östersund, as a person would write it by hand: the same rule, two round
    /// trips.</summary>
    private static async Task<int> RawFirstPageAsync(string postgres)
    {
        // The same rule in its fastest hand-written form: two index-backed sets, UNION, then the page.
        const string Visible = """
            FROM "Plans" p
            WHERE p."Status" NOT IN ('Closed', 'Cancelled')
              AND p."Id" IN (
                  SELECT i."Id" FROM "Plans" i WHERE i."InitiatingUnitId" = ANY(@units)
                  UNION
                  SELECT x."PlanId" FROM "PlanParticipants" x
                  WHERE x."UnitId" = ANY(@units) AND x."State" <> 'Declined'
                    AND EXISTS (SELECT 1 FROM "PlanConsents" c WHERE c."PlanId" = x."PlanId" AND c."WithdrawnAt" IS NULL
                        AND c."SupersededAt" IS NULL AND c."ScopeOrganizationIds" && @organizations))
            """;
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) " + Visible, connection);
        await using var page = new NpgsqlCommand($"""
            SELECT p."Id", p."ReferenceNumber", p."PersonName", p."Status", u."Name", p."FirstMeetingDueOn",
                   (SELECT min(f."DueOn") FROM "PlanFollowUps" f WHERE f."PlanId" = p."Id" AND f."DoneAt" IS NULL), p."UpdatedAt"
            {Visible.Replace(
                "FROM \"Plans\" p", "FROM \"Plans\" p JOIN \"Units\" u ON u.\"Id\" = p.\"InitiatingUnitId\"", StringComparison.Ordinal)}
            ORDER BY p."UpdatedAt" DESC, p."Id" LIMIT 25
            """, connection);
        foreach (var command in new[] { count, page })
        {
            command.Parameters.AddWithValue("units", new[] { DemoDirectory.VuxenenhetenOstersund });
            command.Parameters.AddWithValue("organizations", new[] { DemoDirectory.Ostersund });
        }

        var total = Convert.ToInt32(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        await using var reader = await page.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            _ = reader.GetGuid(0);
        }

        return total;
    }

    internal static async Task<long> CountPlansAsync(string postgres)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT count(*) FROM "Plans" """, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static string Report(long plans, List<(string Name, double P50, double P95, int Total)> rows,
        (double P50, double P95, int Total) baseline)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Plan lists at scale ({plans:N0} plans in PostgreSQL)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Anna Lindqvist, Vuxenenheten Östersund; {Rounds} rounds after {WarmUp} warm-up, one at a time, " +
            $"{Environment.ProcessorCount} cores. Each round is the whole use case: access rule, validation, EF Core query and count, " +
            $"and the access-log entry the list writes.");
        text.AppendLine();
        text.AppendLine("| question | plans matching | p50 ms | p95 ms | p50 / raw baseline |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (name, p50, p95, total) in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {total:N0} | {p50:F1} | {p95:F1} | {p50 / baseline.P50:F2} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"| raw baseline: first page by hand-written SQL (Npgsql) | {baseline.Total:N0} | {baseline.P50:F1} | {baseline.P95:F1} | " +
            $"1.00 |");
        return text.ToString();
    }
}
