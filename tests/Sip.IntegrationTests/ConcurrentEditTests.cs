using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features;
using Sip.Application.Features.Plans;
using Sip.Domain.Audit;
using Sip.Domain.Plans;
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
            var sent = new[] { anna, helena }.Select(
                (client, i) => client.PutJsonAsync($"/api/v1/plans/{plan.PlanId}/goals",
                    new { expectedVersion = version, personGoals = texts[i], needs = new[] { "Boende" } })).ToArray();
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
        var stored = await db.Plans.AsNoTracking().Where(p => p.Id == plan.PlanId).Select(p => new { p.PersonGoals, p.Version })
            .SingleAsync();
        Assert.Equal((winners[^1], plan.Version + Rounds), (stored.PersonGoals, stored.Version));
        Assert.Equal(Rounds,
            await db.AuditEntries.CountAsync(a => a.PlanId == plan.PlanId && a.Kind == AuditKind.Change && a.Action
                == "RecordGoalsAndNeeds"));
    }

    /// <summary>
    /// Sixteen cases started at the same moment take sixteen consecutive reference numbers: each
    /// start waits its turn for the year's number series instead of colliding on the same number.
    /// A plan loaded past the series (an import) is never given a number twice.
    /// </summary>
    [Theory, SqliteData, PostgresData]
    public async Task Plans_started_at_the_same_moment_take_consecutive_reference_numbers(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var anna = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var starts = Enumerable.Range(0, 16)
            .Select(i => anna.PostJsonAsync("/api/v1/plans",
                    new
                    {
                        initiatingUnitId = DemoDirectory.VuxenenhetenOstersund,
                        externalCaseReference = $"SAMTIDIG-{i}",
                        origin = "SocialServicesCase",
                        personalIdentityNumber = "19850314-9828",
                        personName = "Samtidig Testsson",
                        reason = "Samordning."
                    })).ToArray();
        var responses = await Task.WhenAll(starts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = new List<int>();
        foreach (var response in responses)
        {
            var started = (await response.Content.ReadFromJsonAsync<PlanStarted>(Json.Options))!;
            numbers.Add(int.Parse(started.ReferenceNumber[^6..], System.Globalization.CultureInfo.InvariantCulture));
            response.Dispose();
        }

        numbers.Sort();
        Assert.Equal(Enumerable.Range(numbers[0], 16), numbers);

        // An import put a plan far past the series; the next start goes past it in turn.
        await using (var db = app.Database.CreateContext())
        {
            var imported = await db.Plans.FirstAsync(p => p.Origin.ExternalCaseReference == "SAMTIDIG-0");
            imported.Renumber(PlanNumberSeries.Format(SipWebFactory.Now.Year, numbers[^1] + 100));
            await db.SaveChangesAsync();
        }

        using var after = await anna.PostJsonAsync("/api/v1/plans",
            new
            {
                initiatingUnitId = DemoDirectory.VuxenenhetenOstersund,
                externalCaseReference = "SAMTIDIG-efter",
                origin = "SocialServicesCase",
                personalIdentityNumber = "19850314-9828",
                personName = "Samtidig Testsson",
                reason = "Samordning."
            });
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        Assert.EndsWith($"{numbers[^1] + 101:D6}", (await after.Content.ReadFromJsonAsync<PlanStarted>(Json.Options))!.ReferenceNumber,
            StringComparison.Ordinal);
    }
}
