using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Sip.Application;
using Sip.Application.Abstractions;
using Sip.Application.Features.Audit;
using Sip.Application.Features.Deviations;
using Sip.Application.Features.Statistics;
using Sip.Domain.Plans;

namespace Sip.Benchmarks;

/// <summary>
/// The SIP-stödjare's follow-up over a national database: the dashboard's figures, its list of
/// plans to look into, the process and placement statistics of a year and the deviations of the
/// arena. Each question through the whole use case (pipeline, access rule, EF Core), timed one at
/// a time after a warm-up.
/// </summary>
internal static class StatisticsAtScale
{
    public static async Task<int> RunAsync(Options options)
    {
        await using var services = NationalData.Services(options.Postgres, s =>
        {
            s.AddApplication();
            s.AddScoped<ICurrentUser, SignedInSipSupport>();
        });
        var plans = await PlanListsAtScale.CountPlansAsync(options.Postgres);
        var year = (From: new DateOnly(2025, 1, 1), To: new DateOnly(2025, 12, 31));
        var questions = new (string Name, Func<ISender, Task> Ask)[]
        {
            ("Översikten (GetAreaAudit)", s => s.Send(new GetAreaAudit()).AsTask()),
            ("Planer att se över, första sidan (ListAreaPlans)", s => s.Send(new ListAreaPlans()).AsTask()),
            ("Planer med passerade tidsfrister (ListAreaPlans)", s => s.Send(new ListAreaPlans(OnlyOverdue: true)).AsTask()),
            ("Fastställda planer (ListAreaPlans)", s => s.Send(new ListAreaPlans(Status: PlanStatus.Established)).AsTask()),
            ("Processtatistik för ett år (GetProcessStatistics)", s => s.Send(new GetProcessStatistics(year.From, year.To)).AsTask()),
            ("Placeringar för ett år (GetPlacementStatistics)", s => s.Send(new GetPlacementStatistics(year.From, year.To)).AsTask()),
            ("Avvikelser på arenan (ListArenaDeviations)", s => s.Send(new ListArenaDeviations()).AsTask()),
        };

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## SIP-stödjare's follow-up at scale ({plans:N0} plans in PostgreSQL)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Karin Berg, SIP-stödjare for Östersund; one question at a time, {Environment.ProcessorCount} cores, each the whole use " +
            $"case.");
        text.AppendLine();
        text.AppendLine("| question | p50 ms | p95 ms | target p95 ≤ 200 ms |");
        text.AppendLine("|---|---:|---:|---|");
        // Listening from the start: EF Core decides for a while at a time whether anyone listens to
        // its events, and a pooled context keeps that decision, so a listener added just before the
        // last runs would hear none of their statements. A listener that keeps nothing costs little.
        using var plansHeard = new QueryPlans();
        var timed = new List<(string Name, double P95, Func<Task> Once)>();
        foreach (var (name, ask) in questions)
        {
            async Task Once()
            {
                await using var scope = services.CreateAsyncScope();
                await ask(scope.ServiceProvider.GetRequiredService<ISender>());
            }

            var (p50, p95) = await PlanListsAtScale.TimeAsync(Once);
            timed.Add((name, p95, Once));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {p50:F1} | {p95:F1} | {(p95 <= 200 ? "met" : $"missed by {p95 - 200:F0} ms")} |");
        }

        text.AppendLine();
        text.AppendLine("### Query plans of the three slowest questions");
        text.AppendLine();
        text.AppendLine("Each question run once more; the statement of it that took longest, explained by PostgreSQL with the same " +
            "parameters (`EXPLAIN (ANALYZE, BUFFERS)`).");
        foreach (var (name, _, once) in timed.OrderByDescending(t => t.P95).Take(3))
        {
            var (duration, plan) = await plansHeard.OfSlowestAsync(once, options.Postgres);
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{name}: its slowest statement took {duration.TotalMilliseconds:F1} ms in this run.");
            text.AppendLine();
            text.AppendLine("```text");
            text.AppendLine(plan);
            text.AppendLine("```");
        }

        Console.WriteLine(text);
        if (options.Out is { } file)
        {
            await File.WriteAllTextAsync(file, text.ToString());
        }

        return 0;
    }
}
