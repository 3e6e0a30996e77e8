using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features;
using Sip.Application.Features.Audit;
using Sip.Application.Features.Inbox;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Rule 21, "held, not booked", through the deadline scanner, the reminder list, the inbox and the
/// SIP-stödjare's area list: four plans placed on Monday 23 November 2026 without a prior SIP, so
/// their SIP meeting (and first meeting) is due on Monday 30 November. Nothing booked; booked in
/// time but not marked held; booked three weeks late; booked in time and held. Moves its app's
/// clock, so it has an app of its own.
/// </summary>
public sealed class HeldNotBookedTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static readonly DateOnly Due = new(2026, 11, 30);

    [Theory, SqliteData, PostgresData]
    public async Task Only_a_meeting_held_by_the_due_date_clears_the_deadline(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var nothing = await PlacedAsync(social, null);
        var booked = await PlacedAsync(social, new DateOnly(2026, 11, 27));
        var late = await PlacedAsync(social, new DateOnly(2026, 12, 21));
        var held = await PlacedAsync(social, new DateOnly(2026, 11, 26));
        var all = new[] { nothing.PlanId, booked.PlanId, late.PlanId, held.PlanId };

        await Scenarios.ScanDeadlinesAsync(app);
        Assert.Empty(await ChasedAsync(app, all, DeadlineKind.PlacementSipNotHeld));

        // Thursday 26 November, after the meeting began: it is marked held. A meeting yet to start cannot be.
        app.Clock.Advance(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero) - app.Clock.GetUtcNow());
        using (var social2 = await app.SignedInAsync(DemoDirectory.SocialWorker))
        {
            Assert.Equal(HttpStatusCode.OK, (await MarkHeldAsync(social2, held)).StatusCode);
            using var early = await MarkHeldAsync(social2, booked);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
            var code = JsonDocument.Parse(await early.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();
            Assert.Equal(PlanErrors.MeetingNotStarted, code);
        }

        // Tuesday 1 December: the booked meeting passed unmarked and the late one lies three weeks on; both are chased.
        app.Clock.Advance(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero) - app.Clock.GetUtcNow());
        await Scenarios.ScanDeadlinesAsync(app);
        var three = Sorted(nothing.PlanId, booked.PlanId, late.PlanId);
        Assert.Equal(three, await ChasedAsync(app, all, DeadlineKind.PlacementSipNotHeld));
        Assert.Equal(three, await ChasedAsync(app, all, DeadlineKind.FirstMeetingNotHeld));
        using var social3 = await app.SignedInAsync(DemoDirectory.SocialWorker);
        Assert.Equal(three, await RemindedAsync(social3, all, DeadlineKind.PlacementSipNotHeld));

        // The inbox asks for a first meeting until one is held, booked or not.
        Assert.Equal(three, await InboxAsync(social3, all));

        // The SIP-stödjare sees the same three overdue, and the same three without a meeting held in time.
        using (var support = await app.SignedInAsync(DemoDirectory.SipSupport))
        {
            Assert.Equal(three, await AreaAsync(support, all, "onlyOverdue=true"));
            Assert.Equal(three, await AreaAsync(support, all, "finding=NoMeetingWithinPolicy"));
        }

        // Marked held afterwards, the meeting of Friday 27 November was held on its day, in time: it
        // leaves the reminder list, the inbox and the findings at once.
        Assert.Equal(HttpStatusCode.OK, (await MarkHeldAsync(social3, booked)).StatusCode);
        Assert.Equal(Sorted(nothing.PlanId, late.PlanId), await RemindedAsync(social3, all, DeadlineKind.PlacementSipNotHeld));
        Assert.Equal(Sorted(nothing.PlanId, late.PlanId), await InboxAsync(social3, all));

        // Monday 21 December: the late meeting is held. Nothing is left to chase, but the week was missed.
        app.Clock.Advance(new DateTimeOffset(2026, 12, 21, 12, 0, 0, TimeSpan.Zero) - app.Clock.GetUtcNow());
        using var social4 = await app.SignedInAsync(DemoDirectory.SocialWorker);
        Assert.Equal(HttpStatusCode.OK, (await MarkHeldAsync(social4, late)).StatusCode);
        Assert.Equal([nothing.PlanId], await RemindedAsync(social4, all, DeadlineKind.PlacementSipNotHeld));
        using (var support = await app.SignedInAsync(DemoDirectory.SipSupport))
        {
            Assert.Equal([nothing.PlanId], await AreaAsync(support, all, "onlyOverdue=true"));
            Assert.Equal(Sorted(nothing.PlanId, late.PlanId), await AreaAsync(support, all, "finding=NoMeetingWithinPolicy"));
            var page = await support.GetFromJsonAsync<AreaPlanPage>(
                new Uri("/api/v1/area/plans?pageSize=500", UriKind.Relative), Json.Options);
            Assert.Equal([nothing.PlanId], page!.Items.Where(i => all.Contains(i.Id) && i.IsOverdue).Select(i => i.Id));
        }
    }

    private sealed record Placed(Guid PlanId, Guid? MeetingId);

    private static List<Guid> Sorted(params Guid[] ids) => [.. ids.Order()];

    /// <summary>
    /// Started, placed on 23 November without a prior SIP, and a meeting booked for 10:00 on <paramref name="meetingOn"/>.
    /// </summary>
    private static async Task<Placed> PlacedAsync(HttpClient social, DateOnly? meetingOn)
    {
        var plan = await Scenarios.StartWithConsentAsync(social, "Hållet Testsson");
        using var placed = await social.PutJsonAsync($"/api/v1/plans/{plan.PlanId}/placement", new
        {
            expectedVersion = plan.Version,
            decidedOn = "2026-11-23",
            startedOn = "2026-11-23",
            isAcute = false,
            precededBySip = false,
            placingOrganizationId = DemoDirectory.Ostersund,
            legalBasis = "Sol",
            motive = "SubstanceUse",
            careContent = "Behandling och boendestöd.",
        });
        Assert.Equal(HttpStatusCode.OK, placed.StatusCode);
        if (meetingOn is not { } day)
        {
            return new Placed(plan.PlanId, null);
        }

        var version = (await placed.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!.Version;
        var startsAt = SwedishTime.FromLocal(day.ToDateTime(new TimeOnly(10, 0)));
        using var booked = await social.PostJsonAsync(
            $"/api/v1/plans/{plan.PlanId}/meetings",
            new { expectedVersion = version, startsAt, durationMinutes = 60, location = "Rådhuset" });
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        return new Placed(plan.PlanId, (await booked.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!.CreatedId);
    }

    private static async Task<HttpResponseMessage> MarkHeldAsync(HttpClient client, Placed plan)
    {
        var detail = await client.GetFromJsonAsync<Sip.Application.Features.Plans.PlanDetail>(
            new Uri($"/api/v1/plans/{plan.PlanId}", UriKind.Relative), Json.Options);
        var version = detail!.Version;
        return await client.PostJsonAsync($"/api/v1/plans/{plan.PlanId}/meetings/{plan.MeetingId}/held", new { expectedVersion = version });
    }

    /// <summary>The plans among <paramref name="plans"/> the scanner has sent a reminder of the kind for.</summary>
    private static async Task<List<Guid>> ChasedAsync(SipWebFactory app, Guid[] plans, DeadlineKind kind)
    {
        await using var db = app.Database.CreateContext();
        var chased = await db.Outbox.Where(m => m.Kind == NoticeKind.Reminder && m.Deadline == kind && plans.Contains(m.PlanId))
            .Select(m => m.PlanId).Distinct().ToListAsync();
        return [.. chased.Order()];
    }

    private static async Task<List<Guid>> RemindedAsync(HttpClient client, Guid[] plans, DeadlineKind kind) =>
        [.. (await client.GetFromJsonAsync<List<ReminderItem>>(new Uri("/api/v1/reminders", UriKind.Relative), Json.Options))!
            .Where(r => r.Kind == kind && plans.Contains(r.PlanId)).Select(r => r.PlanId).Distinct().Order()];

    private static async Task<List<Guid>> InboxAsync(HttpClient client, Guid[] plans) =>
        [.. (await client.GetFromJsonAsync<UnitInbox>(new Uri($"/api/v1/inbox?pageSize={GetUnitInbox.MaxPageSize}", UriKind.Relative),
                Json.Options))!
            .Items.Where(i => i.Kind == InboxItemKind.FirstMeetingDue && plans.Contains(i.PlanId)).Select(i => i.PlanId).Order()];

    private static async Task<List<Guid>> AreaAsync(HttpClient support, Guid[] plans, string filter) =>
        [.. (await support.GetFromJsonAsync<AreaPlanPage>(new Uri($"/api/v1/area/plans?pageSize=500&{filter}", UriKind.Relative),
                Json.Options))!
            .Items.Where(i => plans.Contains(i.Id)).Select(i => i.Id).Order()];
}
