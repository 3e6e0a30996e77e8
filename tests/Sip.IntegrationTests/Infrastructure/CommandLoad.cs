using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features;
using Sip.Infrastructure.Seeding;

namespace Sip.IntegrationTests.Infrastructure;

/// <summary>
/// A steady stream of commands from several social workers, each proposing insatser on a plan of
/// their own, for the fault tests: what each command was answered, when it was sent and when the
/// answer came, and afterwards what the database holds.
/// </summary>
internal sealed class CommandLoad
{
    private readonly SipWebFactory _app;
    private readonly List<(HttpClient Client, Scenarios.StartedPlan Plan)> _workers;
    private readonly ConcurrentBag<Outcome> _outcomes = [];

    private CommandLoad(SipWebFactory app, List<(HttpClient, Scenarios.StartedPlan)> workers) => (_app, _workers) = (app, workers);

    public sealed record Outcome(string Description, DateTimeOffset SentAt, DateTimeOffset AnsweredAt, int Status, string? Detail)
    {
        /// <summary>Sent before the fault was over and answered after it began.</summary>
        public bool Spans(DateTimeOffset from, DateTimeOffset to) => SentAt < to && AnsweredAt > from;
    }

    public IReadOnlyCollection<Outcome> Outcomes => _outcomes;

    public static async Task<CommandLoad> PrepareAsync(SipWebFactory app, int workers, string name)
    {
        var prepared = new List<(HttpClient, Scenarios.StartedPlan)>();
        for (var w = 0; w < workers; w++)
        {
            var client = await app.SignedInAsync(DemoDirectory.SocialWorker);
            prepared.Add((client, await Scenarios.StartWithConsentAsync(client, $"{name} {w}")));
        }

        return new CommandLoad(app, prepared);
    }

    /// <summary>Runs until <paramref name="stop"/>; a client that gets 503 waits briefly, reads the plan and goes on.</summary>
    public Task RunUntilAsync(DateTimeOffset stop) => Task.WhenAll(_workers.Select((worker, w) => Task.Run(async () =>
    {
        var (client, plan) = worker;
        var version = plan.Version;
        for (var i = 0; DateTimeOffset.UtcNow < stop; i++)
        {
            var description = $"Insats {w}-{i}.";
            var sentAt = DateTimeOffset.UtcNow;
            int status;
            string? detail = null;
            try
            {
                using var response = await client.PostJsonAsync($"/api/v1/plans/{plan.PlanId}/actions",
                    new
                    {
                        expectedVersion = version,
                        actionTypeCode = "kommun.boende",
                        owningUnitId = DemoDirectory.VuxenenhetenOstersund,
                        description,
                        startOn = "2026-12-01"
                    });
                status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    version = JsonSerializer.Deserialize<PlanChanged>(body, Json.Options)!.Version;
                }
                else if (response.StatusCode == HttpStatusCode.Conflict)
                {
                    version = JsonDocument.Parse(body).RootElement.GetProperty("currentVersion").GetInt32();
                }
                else if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString();
                    Assert.Equal("5", response.Headers.GetValues("Retry-After").Single());

                    // What a client does with Retry-After, sooner: the test has seconds, not minutes.
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

            _outcomes.Add(new Outcome(description, sentAt, DateTimeOffset.UtcNow, status, detail));
        }
    })));

    public string Statuses() =>
        string.Join(", ", _outcomes.GroupBy(o => o.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));

    /// <summary>Every insats answered 201 is stored, and none is stored twice.</summary>
    public async Task AssertStoredOnceAsync()
    {
        await using var db = _app.Database.CreateContext();
        var planIds = _workers.Select(w => w.Plan.PlanId).ToList();
        var stored = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).SelectMany(p => p.Actions).Select(a => a.Description)
            .ToListAsync();
        var twice = stored.GroupBy(d => d).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, "stored twice: " + string.Join(", ", twice));
        var lost = _outcomes.Where(o => o.Status == 201).Select(o => o.Description).Except(stored).ToList();
        Assert.True(lost.Count == 0, "answered 201 but not stored: " + string.Join(", ", lost));
        foreach (var (client, _) in _workers)
        {
            client.Dispose();
        }
    }

    private sealed record PlanVersionOnly(int Version);
}
