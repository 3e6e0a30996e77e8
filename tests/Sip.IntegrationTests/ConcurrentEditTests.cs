using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features;
using Sip.Domain.Audit;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Two social workers of Vuxenenheten save the person's goals at the same moment, from the same
/// version, twenty times over with their requests in flight together. Each time exactly one wins
/// and the other is told 409 with the current version; the plan holds the winner's words, its
/// version rose once per round, and the log has one change per win: no lost update, no double write.
/// </summary>
public sealed class ConcurrentEditTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const int Rounds = 20;

    [Theory, SqliteData, PostgresData]
    public async Task Of_two_edits_from_the_same_version_sent_at_once_one_wins_and_the_other_gets_409(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var anna = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var helena = await app.SignedInAsync(DemoDirectory.SocialServicesManager);
        var plan = await Scenarios.StartWithConsentAsync(anna, "Samtidig Testsson");
        var version = plan.Version;

        var winners = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var texts = new[] { $"Annas mål, runda {round}.", $"Helenas mål, runda {round}." };
            var sent = new[] { anna, helena }.Select((client, i) => client.PutJsonAsync($"/api/v1/plans/{plan.PlanId}/goals", new { expectedVersion = version, personGoals = texts[i], needs = new[] { "Boende" } })).ToArray();
            var responses = await Task.WhenAll(sent);

            var statuses = responses.Select(r => r.StatusCode).Order().ToList();
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
            var winner = Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK);
            var changed = (await responses[winner].Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!;
            Assert.Equal(version + 1, changed.Version);
            var conflict = await responses[1 - winner].Content.ReadAsStringAsync();
            Assert.Contains($"\"currentVersion\":{version + 1}", conflict, StringComparison.Ordinal);
            winners.Add(texts[winner]);
            version = changed.Version;
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }

        await using var db = app.Database.CreateContext();
        var stored = await db.Plans.AsNoTracking().Where(p => p.Id == plan.PlanId).Select(p => new { p.PersonGoals, p.Version }).SingleAsync();
        Assert.Equal((winners[^1], plan.Version + Rounds), (stored.PersonGoals, stored.Version));
        Assert.Equal(Rounds, await db.AuditEntries.CountAsync(a => a.PlanId == plan.PlanId && a.Kind == AuditKind.Change && a.Action == "RecordGoalsAndNeeds"));
    }
}
