using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Sip.IntegrationTests;

/// <summary>
/// The database goes away for three seconds in the middle of a steady stream of commands from six
/// social workers, as a restart or failover would. While it is away the app answers 503 (never a
/// 500); afterwards it answers again without being restarted. Every insats answered 201 is in the
/// database exactly once, and none is there twice.
/// </summary>
public sealed class DatabaseFaultTests(AppFixture apps, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    private const int Workers = 6;

    [Theory, PostgresData]
    public async Task A_database_restart_under_load_loses_no_answered_command_and_writes_none_twice(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var clients = new List<HttpClient>();
        var plans = new List<Scenarios.StartedPlan>();
        for (var w = 0; w < Workers; w++)
        {
            var client = await app.SignedInAsync(DemoDirectory.SocialWorker);
            clients.Add(client);
            plans.Add(await Scenarios.StartWithConsentAsync(client, $"Avbrott Testsson {w}"));
        }

        var answered = new ConcurrentDictionary<string, HttpStatusCode>();
        var statuses = new ConcurrentDictionary<int, int>();
        var outage = new DatabaseOutage(app.Database.ConnectionString);
        var stop = DateTimeOffset.UtcNow.AddSeconds(14);
        var outageAt = DateTimeOffset.UtcNow.AddSeconds(4);
        DateTimeOffset? outageEnded = null;
        var afterOutage = 0;

        var load = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            var (client, plan, version) = (clients[w], plans[w], plans[w].Version);
            for (var i = 0; DateTimeOffset.UtcNow < stop; i++)
            {
                var description = $"Insats {w}-{i}.";
                HttpStatusCode status;
                try
                {
                    using var response = await client.PostJsonAsync($"/api/v1/plans/{plan.PlanId}/actions", new { expectedVersion = version, actionTypeCode = "kommun.boende", owningUnitId = DemoDirectory.VuxenenhetenOstersund, description, startOn = "2026-12-01" });
                    status = response.StatusCode;
                    var body = await response.Content.ReadAsStringAsync();
                    if (status == HttpStatusCode.Created)
                    {
                        version = JsonSerializer.Deserialize<PlanChanged>(body, Json.Options)!.Version;
                        if (outageEnded is { } ended && DateTimeOffset.UtcNow > ended)
                        {
                            Interlocked.Increment(ref afterOutage);
                        }
                    }
                    else if (status == HttpStatusCode.Conflict)
                    {
                        version = JsonDocument.Parse(body).RootElement.GetProperty("currentVersion").GetInt32();
                    }
                    else if (status == HttpStatusCode.ServiceUnavailable)
                    {
                        // What a client does with Retry-After, sooner: the test has seconds, not minutes.
                        Assert.Equal("5", response.Headers.GetValues("Retry-After").Single());
                        await Task.Delay(200);
                        using var current = await client.GetAsync(new Uri($"/api/v1/plans/{plan.PlanId}", UriKind.Relative));
                        if (current.IsSuccessStatusCode)
                        {
                            version = (await current.Content.ReadFromJsonAsync<PlanVersionOnly>(Json.Options))!.Version;
                        }
                    }
                }
                catch (HttpRequestException)
                {
                    status = 0;
                }

                answered[description] = status;
                statuses.AddOrUpdate((int)status, 1, (_, n) => n + 1);
            }
        })).ToList();

        await Task.Delay(outageAt - DateTimeOffset.UtcNow);
        await outage.BeginAsync(TimeSpan.FromSeconds(3));
        await outage.Over;
        outageEnded = DateTimeOffset.UtcNow;
        await Task.WhenAll(load);

        output.WriteLine($"Database outage of 3 s under load: {answered.Count} commands; statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}; {afterOutage} answered 201 after it");
        Assert.All(statuses.Keys, status => Assert.True(status is 201 or 409 or 503, $"status {status}"));
        Assert.True(statuses.GetValueOrDefault(503) > 0, "the outage was never seen");
        Assert.True(afterOutage > 0, "nothing succeeded after the database came back");

        await using var db = app.Database.CreateContext();
        var planIds = plans.Select(p => p.PlanId).ToList();
        var stored = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).SelectMany(p => p.Actions).Select(a => a.Description).ToListAsync();
        var twice = stored.GroupBy(d => d).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, "stored twice: " + string.Join(", ", twice));
        var lost = answered.Where(a => a.Value == HttpStatusCode.Created).Select(a => a.Key).Except(stored).ToList();
        Assert.True(lost.Count == 0, "answered 201 but not stored: " + string.Join(", ", lost));
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    private sealed record PlanVersionOnly(int Version);
}
