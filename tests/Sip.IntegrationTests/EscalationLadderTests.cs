using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sip.Application.Features;
using Sip.Application.Features.Deviations;
using Sip.Application.Features.Plans;
using Sip.Application.Features.Policies;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Rule 28 through the API: the county picks its agreement's escalation ladder and decides how long
/// each step has (länets beslut); a deviation's dates and names follow, and it cannot climb past the
/// ladder's last step. Changes the county policy, so it has an app of its own.
/// </summary>
public sealed class EscalationLadderTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private const string PolicyUrl = "/api/v1/county-policy";
    private const string Summary = "Oenighet om ansvaret för boendestöd.";

    [Theory, SqliteData, PostgresData]
    public async Task The_county_picks_Gavleborgs_ladder_and_its_step_length_and_a_deviation_follows(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var admin = await app.SignedInAsync(DemoDirectory.Administrator);
        var before = await PolicyAsync(admin);
        Assert.Equal(
            ("JamtlandHarjedalen", 10, 10, "länets beslut"),
            (before.EscalationLadder, before.DeviationStepWorkingDays, before.FeedbackResponseWorkingDays, before.DecidedBy));

        // Out of range and an unknown ladder: every field answered in Swedish, nothing changed.
        var (status, body) = await PutPolicyAsync(admin, before, 0, 31, "Skåne");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = body.GetProperty("errors");
        Assert.Equal(
            ["deviationStepWorkingDays", "escalationLadder", "feedbackResponseWorkingDays"],
            errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Contains("1–30 arbetsdagar", errors.GetProperty("deviationStepWorkingDays")[0].GetString(), StringComparison.Ordinal);
        var ladderError = errors.GetProperty("escalationLadder")[0].GetString();
        Assert.Equal("Okänd eskaleringstrappa: välj Gävleborg eller Jämtland Härjedalen.", ladderError);
        Assert.Equal("JamtlandHarjedalen", (await PolicyAsync(admin)).EscalationLadder);

        (status, body) = await PutPolicyAsync(admin, before, 3, 10, "Gavleborg");
        Assert.Equal(HttpStatusCode.OK, status);
        var changed = body.Deserialize<CountyPolicyView>(Json.Options)!;
        Assert.Equal(["Närmaste chefsled", "Länsledning Välfärd"], changed.EscalationSteps.Select(s => s.Name));

        // A deviation raised now has three working days on each step, and Länsledning Välfärd is the last.
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var started = await Scenarios.StartWithClinicAsync(social, "Trappa Testsson", "19850314-9828");
        var plan = $"/api/v1/plans/{started.PlanId}";
        var raised = await SendAsync(
            social, "POST", $"{plan}/deviations", new
            {
                counterpartOrganizationId = DemoDirectory.RegionJh,
                description = "Oenighet.",
                isCostDispute = false
            });
        var id = JsonSerializer.Deserialize<PlanChanged>(raised, Json.Options)!.CreatedId!.Value;
        var deviation = await DeviationAsync(social, plan, id);
        Assert.Equal(SwedishCalendar.AddWorkingDays(SwedishTime.Today(deviation.RaisedAt), 3), deviation.StepDueOn);

        await SendAsync(social, "POST", $"{plan}/deviations/{id}/escalation", new { deIdentifiedSummary = Summary });
        deviation = await DeviationAsync(social, plan, id);
        Assert.Equal(EscalationLevel.CountyArena, deviation.Level);
        Assert.Equal(SwedishCalendar.AddWorkingDays(SwedishTime.Today(deviation.RaisedAt), 3), deviation.StepDueOn);
        var refused = await SendAsync(
            social, "POST", $"{plan}/deviations/{id}/escalation", new { deIdentifiedSummary = Summary },
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal(PlanErrors.DeviationAtTopLevel, JsonDocument.Parse(refused).RootElement.GetProperty("code").GetString());

        using var support = await app.SignedInAsync(DemoDirectory.SipSupport);
        var arena = await support.GetFromJsonAsync<List<ArenaDeviation>>(new Uri("/api/v1/arena/deviations", UriKind.Relative),
            Json.Options);
        Assert.Equal("Länsledning Välfärd", Assert.Single(arena!, d => d.Id == id).StepName);

        // Administration names where the step lengths come from, and the chosen ladder's steps.
        using var administration = await admin.GetAsync(new Uri("/administration", UriKind.Relative));
        var page = WebUtility.HtmlDecode(await administration.Content.ReadAsStringAsync());
        Assert.Contains("Källa: länets beslut", page, StringComparison.Ordinal);
        Assert.Contains("Närmaste chefsled → Länsledning Välfärd", page, StringComparison.Ordinal);

        // Back to Jämtland Härjedalen, the same deviation can go on to court; then Gävleborg's ladder,
        // which has no third step, is refused while it stands there.
        Assert.Equal(HttpStatusCode.OK, (await PutPolicyAsync(admin, before, 10, 10, "JamtlandHarjedalen")).Status);
        await SendAsync(social, "POST", $"{plan}/deviations/{id}/escalation", new { deIdentifiedSummary = Summary });
        deviation = await DeviationAsync(social, plan, id);
        Assert.Equal((EscalationLevel.Court, (DateOnly?)null), (deviation.Level, deviation.StepDueOn));
        (status, body) = await PutPolicyAsync(admin, before, 10, 10, "Gavleborg");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("policy.ladder-in-use", body.GetProperty("code").GetString());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PutPolicyAsync(
        HttpClient admin, CountyPolicyView current, int stepDays, int feedbackDays, string ladder)
    {
        var json = JsonSerializer.SerializeToNode(current, Json.Options)!.AsObject();
        json["deviationStepWorkingDays"] = stepDays;
        json["feedbackResponseWorkingDays"] = feedbackDays;
        json["escalationLadder"] = ladder;
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(PolicyUrl, UriKind.Relative));
        request.Content = JsonContent.Create(json);
        using var response = await admin.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static async Task<CountyPolicyView> PolicyAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<CountyPolicyView>(new Uri(PolicyUrl, UriKind.Relative), Json.Options))!;

    private static async Task<PlanDetail.DeviationItem> DeviationAsync(HttpClient client, string plan, Guid id)
    {
        var detail = await client.GetFromJsonAsync<PlanDetail>(new Uri(plan, UriKind.Relative), Json.Options);
        return Assert.Single(detail!.Deviations!, d => d.Id == id);
    }

    /// <summary>Sends a change against the plan's current version; answers the body, asserting the status.</summary>
    private static async Task<string> SendAsync(
        HttpClient client, string method, string url, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var planUrl = url[..(url.IndexOf('/', "/api/v1/plans/".Length) is var i and > 0 ? i : url.Length)];
        var version = (await client.GetFromJsonAsync<PlanDetail>(new Uri(planUrl, UriKind.Relative), Json.Options))!.Version;
        var json = JsonSerializer.SerializeToNode(body, Json.Options)!.AsObject();
        json["expectedVersion"] = version;
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        request.Content = JsonContent.Create(json, options: Json.Options);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var asExpected = response.IsSuccessStatusCode
            ? expected is HttpStatusCode.OK or HttpStatusCode.Created
            : expected == response.StatusCode;
        Assert.True(asExpected, $"{method} {url}: {(int)response.StatusCode} {text}");
        return text;
    }
}
