using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sip.Application.Features;
using Sip.Application.Features.Deviations;
using Sip.Application.Features.Plans;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// A cost dispute climbs from the managers to the county-wide officials' arena, and leaves the two
/// principals only de-identified: the arena sees organisations, dates and a summary, never the
/// person, the plan or what was written inside it.
/// </summary>
public sealed class DisagreementTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string Name = "Tvist Testsson";
    private const string Reason = "Behandlingsandelen motsvarar inte vårdtiden på Ljungbacken.";

    [Theory, SqliteData, PostgresData]
    public async Task A_cost_dispute_reaches_the_county_arena_de_identified_and_only_its_officials_see_it(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        var started = await Scenarios.StartWithClinicAsync(social, Name, "19850314-9828");
        var plan = $"/api/v1/plans/{started.PlanId}";
        await SendAsync(nurse, "PUT", $"{plan}/participants/{started.ClinicParticipantId}/response", new { accept = true });
        await SendAsync(social, "PUT", $"{plan}/placement", new
        {
            decidedOn = "2026-11-23",
            startedOn = "2026-11-23",
            isAcute = true,
            precededBySip = false,
            placingOrganizationId = DemoDirectory.Ostersund,
            residentialUnitId = DemoDirectory.LjungbackenHvb,
            legalBasis = "Sol",
            motive = "SubstanceUse",
            careContent = "Behandling och boendestöd.",
        });
        await SendAsync(social, "POST", $"{plan}/cost-allocations",
            new { shareKind = "Percent", municipalityShare = 40, regionShare = 60, basis = "Behandlingen dominerar." });
        var disputed = await SendAsync(nurse, "POST", $"{plan}/cost-allocations/current/dispute",
            new { ground = "SharesOrBasis", reason = Reason });
        var deviation = JsonSerializer.Deserialize<PlanChanged>(disputed, Json.Options)!.CreatedId!.Value;

        // A cost dispute goes up only with a summary that names neither the person nor their personnummer.
        foreach (var summary in new[] { "", $"Oenighet om kostnaden för {Name}.", "Gäller 850314-9828 på HVB." })
        {
            var refused = await SendAsync(nurse, "POST", $"{plan}/deviations/{deviation}/escalation", new { deIdentifiedSummary = summary },
                HttpStatusCode.UnprocessableEntity);
            Assert.Equal(PlanErrors.DeviationNeedsDeIdentifiedSummary,
                JsonDocument.Parse(refused).RootElement.GetProperty("code").GetString());
        }

        const string Summary = "Oenighet om fördelningen av kostnaden för en akut HVB-placering med beroendebehandling.";
        await SendAsync(nurse, "POST", $"{plan}/deviations/{deviation}/escalation", new { deIdentifiedSummary = Summary });

        using var support = await app.SignedInAsync(DemoDirectory.SipSupport);
        using var answer = await support.GetAsync(new Uri("/api/v1/arena/deviations", UriKind.Relative));
        var text = await answer.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var item = Assert.Single(JsonSerializer.Deserialize<List<ArenaDeviation>>(text, Json.Options)!, d => d.Id == deviation);
        Assert.Equal(("Region Jämtland Härjedalen", "Östersunds kommun", true, EscalationLevel.CountyArena, Summary),
            (item.RaisedBy, item.Counterpart, item.IsCostDispute, item.Level, item.Summary));
        foreach (var secret in new[] { "Tvist", "850314", "198503149828", started.ReferenceNumber, started.PlanId.ToString(), "Ljungbacken",
            "Behandlingen dominerar" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }

        using var denied = await nurse.GetAsync(new Uri("/api/v1/arena/deviations", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);

        // Meanwhile nothing in the plan waits: the cost can be proposed again and the insatser go on.
        await SendAsync(social, "POST", $"{plan}/cost-allocations",
            new { shareKind = "Percent", municipalityShare = 50, regionShare = 50, basis = "Kompromiss i väntan på arenan." });
        var detail = await social.GetFromJsonAsync<PlanDetail>(new Uri(plan, UriKind.Relative), Json.Options);
        Assert.Equal([CostAllocationState.Disputed, CostAllocationState.Proposed], detail!.CostAllocations!.Select(c => c.State));
        Assert.Equal(EscalationLevel.CountyArena, Assert.Single(detail.Deviations!).Level);
    }

    /// <summary>Sends a change against the plan's current version; answers the body, asserting the status.</summary>
    private static async Task<string> SendAsync(HttpClient client, string method, string url, object body,
        HttpStatusCode expected = HttpStatusCode.OK)
    {
        var planUrl = url[..(url.IndexOf('/', "/api/v1/plans/".Length) is var i and > 0 ? i : url.Length)];
        var version = (await client.GetFromJsonAsync<PlanDetail>(new Uri(planUrl, UriKind.Relative), Json.Options))!.Version;
        var json = JsonSerializer.SerializeToNode(body, Json.Options)!.AsObject();
        json["expectedVersion"] = version;
        using var request = new HttpRequestMessage(new HttpMethod(method),
            new Uri(url, UriKind.Relative))
        { Content = JsonContent.Create(json, options: Json.Options) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode ? expected is HttpStatusCode.OK or HttpStatusCode.Created : expected
            == response.StatusCode, $"{method} {url}: {(int)response.StatusCode} {text}");
        return text;
    }
}
