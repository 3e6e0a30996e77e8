using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features.Audit;
using Sip.Application.Features.Inbox;
using Sip.Application.Notifications;
using Sip.Domain.Calendar;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Infrastructure.Notifications;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Rule 27b: an LVM placement whose checklist (the notification under 6 § LVM, where the läkarintyg is
/// written) is open after the placement day is chased at the region's units taking part — the steps are
/// the health service's — or, with none, at the initiating unit; the SIP-stödjare's audit finds it; once
/// both steps are recorded it is chased no more. A placement under SoL, a checklist done and a placement
/// that started today are not chased. Scans its app's outbox, so it has an app of its own.
/// </summary>
public sealed class LvmChecklistReminderTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task An_open_LVM_checklist_is_chased_at_the_regions_unit_audited_and_stops_when_both_steps_are_recorded(
        DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var today = SwedishTime.Today(app.Clock.GetUtcNow());
        var placedOn = today.AddDays(-3);
        SipPlan withClinic, alone, done, sol, placedToday;
        await using (var db = app.Database.CreateContext())
        {
            var policy = await db.CountyPolicies.FirstAsync();
            var units = await db.Units.ToDictionaryAsync(u => u.Id);
            SipPlan Placed(PlacementLegalBasis basis, DateOnly startedOn, bool clinic)
            {
                var placement = new HvbPlacement(
                        startedOn, startedOn, isAcute: false, precededBySip: true, policy, DemoDirectory.Ostersund)
                    .Describe(basis, PlacementMotive.SubstanceUse, null, "Abstinensbehandling.");
                var at = SwedishTime.FromLocal(startedOn.ToDateTime(new TimeOnly(9, 0))).ToUniversalTime();
                var plan = SipPlan.Start(Guid.CreateVersion7(), Scenarios.NextReferenceNumber(),
                    new SubjectPerson(PersonalIdentityNumber.Parse("19850314-9828", today), "Lvm Testsson", false, false),
                    "Placering enligt LVM.", OriginKind.SocialServicesCase, $"LVM-{Guid.NewGuid():N}",
                    units[DemoDirectory.VuxenenhetenOstersund], DemoDirectory.SocialWorker, placement, policy, at);
                plan.RecordConsent(
                    ConsentGiver.Person, null, ConsentForm.Written, [DemoDirectory.Ostersund, DemoDirectory.RegionJh], false, null,
                    DemoDirectory.SocialWorker, at);
                if (clinic)
                {
                    var invited = plan.InviteUnit(units[DemoDirectory.BeroendemottagningenOstersund], policy, at);
                    plan.AcceptInvitation(invited.Id, DemoDirectory.Nurse, at);
                }

                return plan;
            }

            withClinic = Placed(PlacementLegalBasis.Lvm, placedOn, clinic: true);
            alone = Placed(PlacementLegalBasis.Lvm, placedOn, clinic: false);
            done = Placed(PlacementLegalBasis.Lvm, placedOn, clinic: true);
            done.RecordLvmChecklist("Dr Berg", placedOn, "Hälsocentralen Odenslund", app.Clock.GetUtcNow());
            sol = Placed(PlacementLegalBasis.Sol, placedOn, clinic: true);
            placedToday = Placed(PlacementLegalBasis.Lvm, today, clinic: true);
            db.Plans.AddRange(withClinic, alone, done, sol, placedToday);
            await db.SaveChangesAsync();
        }

        await Scenarios.ScanDeadlinesAsync(app);
        Assert.Equal(
            [(withClinic.Id, DemoDirectory.BeroendemottagningenOstersund, true), (alone.Id, DemoDirectory.VuxenenhetenOstersund, true)],
            await RemindersAsync(app, [withClinic.Id, alone.Id, done.Id, sol.Id, placedToday.Id], placedOn));
        Assert.Contains(
            await InAppAsync(app, DemoDirectory.Nurse), r => r.PlanId == withClinic.Id && r.Kind == DeadlineKind.LvmChecklistOpen);
        Assert.Equal(
            new[] { alone.ReferenceNumber, withClinic.ReferenceNumber }.Order(StringComparer.Ordinal),
            (await FindingAsync(app)).Intersect([withClinic.ReferenceNumber, alone.ReferenceNumber, done.ReferenceNumber,
                sol.ReferenceNumber, placedToday.ReferenceNumber]).Order(StringComparer.Ordinal));
        using (var support = await app.SignedInAsync(DemoDirectory.SipSupport))
        {
            var audit = (await support.GetFromJsonAsync<AreaAudit>(new Uri("/api/v1/area/audit", UriKind.Relative), Json.Options))!;
            Assert.True(audit.Findings.Single(f => f.Finding == AuditFinding.LvmChecklistOpen).Plans >= 2);
            Assert.True(audit.Overdue.Single(o => o.Kind == DeadlineKind.LvmChecklistOpen).UpToAWeek >= 2);
        }

        // The clinic records both steps; the reminder leaves its list and the audit's finding.
        using (var nurse = await app.SignedInAsync(DemoDirectory.Nurse))
        {
            var version = (await nurse.GetFromJsonAsync<Sip.Application.Features.Plans.PlanDetail>(
                new Uri($"/api/v1/plans/{withClinic.Id}", UriKind.Relative), Json.Options))!.Version;
            using var recorded = await nurse.PutJsonAsync($"/api/v1/plans/{withClinic.Id}/placement/lvm-checklist", new
            {
                expectedVersion = version,
                notifiedBy = "Dr Berg, Beroendemottagningen",
                notifiedOn = placedOn.ToString("yyyy-MM-dd", null),
                certificateWrittenAt = "Beroendemottagningen Östersund",
            });
            Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
        }

        Assert.DoesNotContain(await InAppAsync(app, DemoDirectory.Nurse), r => r.PlanId == withClinic.Id);
        Assert.DoesNotContain(withClinic.ReferenceNumber, await FindingAsync(app));
        Assert.Contains(alone.ReferenceNumber, await FindingAsync(app));
    }

    [Fact]
    public void The_reminder_mail_says_which_steps_are_missing()
    {
        var message = OutboxMessage.Reminder(
            DeadlineKind.LvmChecklistOpen, new DateOnly(2026, 12, 7), Guid.NewGuid(), NoticeRecipient.Unit, Guid.NewGuid(),
            Guid.NewGuid(), 0, false, DateTimeOffset.UtcNow);

        var mail = NoticeMail.Compose(message, "enhet@example.se", "SIP-2026-000123", new Uri("http://localhost/planer/1"), ladder: null);

        Assert.Contains("checklistan för LVM", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("anmälan enligt 6 § LVM", mail.Body, StringComparison.Ordinal);
        Assert.Contains("var läkarintyget skrivs", mail.Body, StringComparison.Ordinal);
    }

    /// <summary>The reminders of the kind to the plans, in the order of <paramref name="planIds"/>, with the day in their key.</summary>
    private static async Task<List<(Guid PlanId, Guid Recipient, bool DueThatDay)>> RemindersAsync(
        SipWebFactory app, Guid[] planIds, DateOnly due)
    {
        await using var db = app.Database.CreateContext();
        var rows = await db.Outbox
            .Where(m => planIds.Contains(m.PlanId) && m.Kind == NoticeKind.Reminder && m.Deadline == DeadlineKind.LvmChecklistOpen)
            .Select(m => new { m.PlanId, m.RecipientId, m.Key }).ToListAsync();
        return [.. rows
            .Select(r => (r.PlanId, r.RecipientId, r.Key.Contains($":{due:yyyyMMdd}:", StringComparison.Ordinal)))
            .OrderBy(r => Array.IndexOf(planIds, r.PlanId))];
    }

    /// <summary>The SIP-stödjare's drill-down of the finding: the plans by reference.</summary>
    private static async Task<List<string>> FindingAsync(SipWebFactory app)
    {
        using var support = await app.SignedInAsync(DemoDirectory.SipSupport);
        var uri = new Uri("/api/v1/area/plans?finding=LvmChecklistOpen&pageSize=500", UriKind.Relative);
        var page = (await support.GetFromJsonAsync<AreaPlanPage>(uri, Json.Options))!;
        return [.. page.Items.Select(i => i.ReferenceNumber)];
    }

    private static async Task<List<ReminderItem>> InAppAsync(SipWebFactory app, Guid userId)
    {
        using var client = await app.SignedInAsync(userId);
        return (await client.GetFromJsonAsync<List<ReminderItem>>(new Uri("/api/v1/reminders", UriKind.Relative), Json.Options))!;
    }
}
