using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features;
using Sip.Application.Features.Audit;
using Sip.Application.Features.Inbox;
using Sip.Application.Features.Plans;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Rule 22, ej verkställda beslut: boendestöd granted by Vuxenenheten on Monday 23 November 2026
/// and not started by 23 February 2027 is chased at the unit from the first working day after,
/// escalated to its manager and the SIP-stödjare, shown on the plan and found by the audit; the
/// region's LARO beside it is not. Once reported to IVO the reminders stop; once started the
/// finding goes. Moves its app's clock, so it has an app of its own.
/// </summary>
public sealed class NotExecutedActionTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task A_granted_municipal_insats_not_started_in_three_months_is_chased_audited_and_reported(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var social = DemoDirectory.SocialWorker;
        Guid planId, housing, laro;
        string reference;
        using (var client = await app.SignedInAsync(social))
        {
            var started = await Scenarios.StartWithClinicAsync(client, "Verkställ Testsson");
            (planId, reference) = (started.PlanId, started.ReferenceNumber);
            housing = await ProposeAsync(app, planId, "kommun.boendestod", DemoDirectory.VuxenenhetenOstersund);
            laro = await ProposeAsync(app, planId, "region.laro", DemoDirectory.BeroendemottagningenOstersund);
        }

        await PutAsync(app, social, planId, $"actions/{housing}/acceptance", v => new { expectedVersion = v, accept = true });
        await PutAsync(app, DemoDirectory.Nurse, planId, $"actions/{laro}/acceptance", v => new { expectedVersion = v, accept = true });
        var detail = await DetailAsync(app, DemoDirectory.SocialWorker, planId);
        Assert.Equal(new DateOnly(2027, 2, 23), detail.Actions.Single(a => a.Id == housing).NotExecutedBy);
        Assert.Null(detail.Actions.Single(a => a.Id == laro).NotExecutedBy);

        // Tuesday 23 February 2027, the last of the three months: nothing yet.
        await DayAsync(app, new DateOnly(2027, 2, 23));
        Assert.Empty(await RemindersAsync(app, planId));
        Assert.DoesNotContain(reference, await FindingAsync(app));

        // Wednesday 24 February: the unit that granted it is reminded; the plan and the audit show it.
        await DayAsync(app, new DateOnly(2027, 2, 24));
        Assert.Equal([(0, DemoDirectory.VuxenenhetenOstersund, housing)], await RemindersAsync(app, planId));
        Assert.Contains(reference, await FindingAsync(app));
        var shown = (await DetailAsync(app, DemoDirectory.SocialWorker, planId)).Actions.Single(a => a.Id == housing);
        Assert.True(shown.IsNotExecuted(new DateOnly(2027, 2, 24)));
        Assert.Contains(
            await InAppAsync(app, DemoDirectory.SocialWorker), r => r.PlanId == planId && r.Kind == DeadlineKind.ActionNotExecuted);
        using (var support = await app.SignedInAsync(DemoDirectory.SipSupport))
        {
            var audit = (await support.GetFromJsonAsync<AreaAudit>(new Uri("/api/v1/area/audit", UriKind.Relative), Json.Options))!;
            Assert.True(audit.Findings.Single(f => f.Finding == AuditFinding.ActionsNotExecuted).Plans >= 1);
            Assert.True(audit.Overdue.Single(o => o.Kind == DeadlineKind.ActionNotExecuted).UpToAWeek >= 1);
        }

        // Tuesday 2 March, five working days on: escalated to the unit's manager and the SIP-stödjare.
        await DayAsync(app, new DateOnly(2027, 3, 2));
        Assert.Equal(
            [
                (0, DemoDirectory.VuxenenhetenOstersund, housing), (1, DemoDirectory.VuxenenhetenOstersund, housing),
                (1, DemoDirectory.SipSupport, housing), (1, DemoDirectory.SocialServicesManager, housing),
            ],
            await RemindersAsync(app, planId));

        // Only the owning unit records the report, on a day after the three months and not in the future.
        var version = (await DetailAsync(app, DemoDirectory.SocialWorker, planId)).Version;
        using (var worker = await app.SignedInAsync(DemoDirectory.SocialWorker))
        {
            var report = $"/api/v1/plans/{planId}/actions/{housing}/ivo-report";
            using var empty = await worker.PutJsonAsync(report, new { });
            var errors = JsonDocument.Parse(await empty.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
            Assert.Equal(["expectedVersion", "reportedOn"], errors.EnumerateObject().Select(e => e.Name).Order());
            using var early = await worker.PutJsonAsync(report, new { expectedVersion = version, reportedOn = "2027-02-23" });
            Assert.Equal((HttpStatusCode.UnprocessableEntity, "action.ivo-report-date"), (early.StatusCode, await CodeAsync(early)));
            using var regional = await worker.PutJsonAsync(
                $"/api/v1/plans/{planId}/actions/{laro}/ivo-report", new { expectedVersion = version, reportedOn = "2027-03-01" });
            Assert.Equal(HttpStatusCode.Forbidden, regional.StatusCode);
        }

        using (var nurse = await app.SignedInAsync(DemoDirectory.Nurse))
        {
            using var regional = await nurse.PutJsonAsync(
                $"/api/v1/plans/{planId}/actions/{laro}/ivo-report", new { expectedVersion = version, reportedOn = "2027-03-01" });
            Assert.Equal(
                (HttpStatusCode.UnprocessableEntity, "action.not-overdue-for-ivo"), (regional.StatusCode, await CodeAsync(regional)));
        }

        await PutAsync(app, social, planId, $"actions/{housing}/ivo-report", v => new { expectedVersion = v, reportedOn = "2027-03-01" });
        var reported = (await DetailAsync(app, DemoDirectory.SocialWorker, planId)).Actions.Single(a => a.Id == housing);
        Assert.Equal(new DateOnly(2027, 3, 1), reported.ReportedToIvoOn);

        // Reported, it is chased no more, but the audit finds it until it starts.
        await DayAsync(app, new DateOnly(2027, 3, 22));
        Assert.Equal(4, (await RemindersAsync(app, planId)).Count);
        Assert.DoesNotContain(
            await InAppAsync(app, DemoDirectory.SocialWorker), r => r.PlanId == planId && r.Kind == DeadlineKind.ActionNotExecuted);
        Assert.Contains(reference, await FindingAsync(app));

        await PutAsync(app, social, planId, $"actions/{housing}/status", v => new { expectedVersion = v, status = "Ongoing" });
        Assert.DoesNotContain(reference, await FindingAsync(app));
        await using var db = app.Database.CreateContext();
        Assert.False(await db.Outbox.AnyAsync(m => m.Deadline == DeadlineKind.ActionNotExecuted && m.SubjectId == laro));
    }

    private static async Task<Guid> ProposeAsync(SipWebFactory app, Guid planId, string type, Guid unit)
    {
        var proposed = await ChangeAsync(app, DemoDirectory.SocialWorker, planId, "actions", v => new
        {
            expectedVersion = v,
            actionTypeCode = type,
            owningUnitId = unit,
            description = "Insats.",
            startOn = "2026-12-01",
        });
        return proposed.CreatedId!.Value;
    }

    /// <summary>Moves the clock to nine in the morning of the Swedish day and runs the scan.</summary>
    private static async Task DayAsync(SipWebFactory app, DateOnly day)
    {
        app.Clock.Advance(SwedishTime.FromLocal(day.ToDateTime(new TimeOnly(9, 0))) - app.Clock.GetUtcNow());
        await Scenarios.ScanDeadlinesAsync(app);
    }

    private static async Task<List<(int Step, Guid Recipient, Guid Subject)>> RemindersAsync(SipWebFactory app, Guid planId)
    {
        await using var db = app.Database.CreateContext();
        var rows = await db.Outbox
            .Where(m => m.PlanId == planId && m.Kind == NoticeKind.Reminder && m.Deadline == DeadlineKind.ActionNotExecuted)
            .Select(m => new { m.Step, m.RecipientId, m.SubjectId }).ToListAsync();
        return [.. rows.Select(r => (r.Step!.Value, r.RecipientId, r.SubjectId)).Order()];
    }

    /// <summary>The SIP-stödjare's drill-down of the finding: the plans by reference.</summary>
    private static async Task<List<string>> FindingAsync(SipWebFactory app)
    {
        using var support = await app.SignedInAsync(DemoDirectory.SipSupport);
        var uri = new Uri("/api/v1/area/plans?finding=ActionsNotExecuted&pageSize=500", UriKind.Relative);
        var page = (await support.GetFromJsonAsync<AreaPlanPage>(uri, Json.Options))!;
        return [.. page.Items.Select(i => i.ReferenceNumber)];
    }

    private static async Task<List<ReminderItem>> InAppAsync(SipWebFactory app, Guid userId)
    {
        using var client = await app.SignedInAsync(userId);
        return (await client.GetFromJsonAsync<List<ReminderItem>>(new Uri("/api/v1/reminders", UriKind.Relative), Json.Options))!;
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();

    private static async Task<PlanDetail> DetailAsync(SipWebFactory app, Guid userId, Guid planId)
    {
        using var client = await app.SignedInAsync(userId);
        return (await client.GetFromJsonAsync<PlanDetail>(new Uri($"/api/v1/plans/{planId}", UriKind.Relative), Json.Options))!;
    }

    private static Task<PlanChanged> PutAsync(SipWebFactory app, Guid userId, Guid planId, string path, Func<int, object> body) =>
        ChangeAsync(app, userId, planId, path, body, put: true);

    private static async Task<PlanChanged> ChangeAsync(
        SipWebFactory app, Guid userId, Guid planId, string path, Func<int, object> body, bool put = false)
    {
        var version = (await DetailAsync(app, userId, planId)).Version;
        using var client = await app.SignedInAsync(userId);
        using var response = put
            ? await client.PutJsonAsync($"/api/v1/plans/{planId}/{path}", body(version))
            : await client.PostJsonAsync($"/api/v1/plans/{planId}/{path}", body(version));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!;
    }
}
