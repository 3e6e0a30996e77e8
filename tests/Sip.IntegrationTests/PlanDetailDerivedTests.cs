using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features;
using Sip.Application.Features.Plans;
using Sip.Application.Notifications;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Issue 33: the plan's detail carries what the domain says a user may do: whether the plan is open,
/// each insats's next statuses and the open deadlines, which the reminder scan chases once their day is gone.
/// </summary>
public sealed class PlanDetailDerivedTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task The_plans_detail_carries_the_domains_next_statuses_and_open_deadlines_in_every_state(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var planId = (await Scenarios.StartWithClinicAsync(social, "Frist Testsson")).PlanId;
        var shown = await AgreesAsync(app, social, planId);
        Assert.Equal([DeadlineKind.InvitationUnanswered, DeadlineKind.FirstMeetingNotHeld], Kinds(shown).Order());

        var housing = (await ChangeAsync(social, planId, HttpMethod.Post, "actions", v => new
        {
            expectedVersion = v,
            actionTypeCode = "kommun.boendestod",
            owningUnitId = DemoDirectory.VuxenenhetenOstersund,
            description = "Boendestöd.",
            startOn = "2026-12-01",
        }))!.Value;
        var laro = (await ChangeAsync(social, planId, HttpMethod.Post, "actions", v => new
        {
            expectedVersion = v,
            actionTypeCode = "region.laro",
            owningUnitId = DemoDirectory.BeroendemottagningenOstersund,
            description = "LARO.",
            startOn = "2026-12-01",
        }))!.Value;
        await ChangeAsync(social, planId, HttpMethod.Put, $"actions/{housing}/acceptance", v => new { expectedVersion = v, accept = true });
        shown = await AgreesAsync(app, social, planId);
        Assert.Equal(["Ongoing", "Discontinued"], NextStatuses(shown, housing));
        Assert.Empty(NextStatuses(shown, laro));
        Assert.Contains(DeadlineKind.ActionUnanswered, Kinds(shown));
        Assert.Contains(DeadlineKind.ActionNotExecuted, Kinds(shown));

        // An insats changed alone writes its deadlines anew and keeps the others from the document before.
        await ChangeAsync(
            social, planId, HttpMethod.Put, $"actions/{housing}/status", v => new { expectedVersion = v, status = "Ongoing" });
        await ChangeAsync(social, planId, HttpMethod.Put, "placement", v => new
        {
            expectedVersion = v,
            decidedOn = "2026-11-20",
            startedOn = "2026-11-20",
            isAcute = true,
            precededBySip = false,
            placingOrganizationId = DemoDirectory.Ostersund,
            residentialUnitId = DemoDirectory.LjungbackenHvb,
            legalBasis = "Lvm",
            motive = "SubstanceUse",
            careContent = "Abstinensbehandling.",
        });
        shown = await AgreesAsync(app, social, planId);
        Assert.Equal(["Completed", "Discontinued"], NextStatuses(shown, housing));
        Assert.DoesNotContain(DeadlineKind.ActionNotExecuted, Kinds(shown));
        Assert.Contains(DeadlineKind.CostAllocationNotSettled, Kinds(shown));
        Assert.Contains(DeadlineKind.LvmChecklistOpen, Kinds(shown));
        Assert.Contains(DeadlineKind.PlacementSipNotHeld, Kinds(shown));

        await ChangeAsync(social, planId, HttpMethod.Post, "cancellation", v => new { expectedVersion = v, reason = "Personen flyttade." });
        shown = await AgreesAsync(app, social, planId);
        Assert.False(shown.GetProperty("isOpen").GetBoolean());
        Assert.Empty(Kinds(shown));
    }

    /// <summary>
    /// The plan as the API shows it, held to the domain's answer for the stored plan; and the scan, a year on, chases
    /// exactly the open deadlines (an untouched draft apart, which is dated by when the plan was last touched).
    /// </summary>
    private static async Task<JsonElement> AgreesAsync(SipWebFactory app, HttpClient client, Guid planId)
    {
        var shown = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/plans/{planId}", UriKind.Relative))).RootElement;
        await using var db = app.Database.CreateContext();
        var plan = await db.Plans.AsNoTracking().Whole().AsSplitQuery().SingleAsync(p => p.Id == planId);

        Assert.Equal(plan.Status.IsOpen(), shown.GetProperty("isOpen").GetBoolean());
        foreach (var action in plan.Actions)
        {
            Assert.Equal(PlanAction.NextStatuses(action.Status).Select(s => s.ToString()), NextStatuses(shown, action.Id));
        }

        var open = PlanDeadlines.Of(plan).Select(d => (d.Kind, d.SubjectId, d.DueOn)).ToList();
        var listed = shown.GetProperty("openDeadlines").EnumerateArray().Select(d => (
            Enum.Parse<DeadlineKind>(d.GetProperty("kind").GetString()!),
            d.GetProperty("subjectId").GetGuid(),
            DateOnly.Parse(d.GetProperty("dueOn").GetString()!, CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(open, listed);

        var later = SwedishTime.FromLocal(new DateTime(2028, 1, 10, 9, 0, 0, DateTimeKind.Unspecified)).ToUniversalTime();
        var chased = (await OverdueDeadlines.FindAsync(db, db.Plans.Where(p => p.Id == planId), later, CancellationToken.None))
            .Where(o => o.Kind != DeadlineKind.DraftUntouched)
            .Select(o => (o.Kind, o.SubjectId, DueOn: o.Deadline)).Distinct().Order().ToList();
        Assert.Equal([.. open.Order()], chased);
        return shown;
    }

    private static List<DeadlineKind> Kinds(JsonElement shown) =>
        [.. shown.GetProperty("openDeadlines").EnumerateArray().Select(d => Enum.Parse<DeadlineKind>(d.GetProperty("kind").GetString()!))];

    private static List<string?> NextStatuses(JsonElement shown, Guid actionId) =>
        [.. shown.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == actionId)
            .GetProperty("nextStatuses").EnumerateArray().Select(s => s.GetString())];

    private static async Task<Guid?> ChangeAsync(HttpClient client, Guid planId, HttpMethod method, string path, Func<int, object> body)
    {
        var detail = (await client.GetFromJsonAsync<PlanDetail>(new Uri($"/api/v1/plans/{planId}", UriKind.Relative), Json.Options))!;
        using var request = new HttpRequestMessage(method, new Uri($"/api/v1/plans/{planId}/{path}", UriKind.Relative))
        {
            Content = JsonContent.Create(body(detail.Version), options: Json.Options),
        };
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!.CreatedId;
    }
}
