using Microsoft.EntityFrameworkCore;
using Sip.Application.Notifications;
using Sip.Domain.Actions;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Four months on in the demo county, with nobody doing anything: every kind of deadline has passed
/// and is chased, each reminder goes to the unit that owes the answer, and scanning again adds
/// nothing. Moves its app's clock, so it has an app of its own.
/// </summary>
public sealed class DeadlineKindsTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task Every_kind_of_passed_deadline_is_chased_to_the_unit_that_owes_it_once(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        app.Clock.Advance(TimeSpan.FromDays(120));

        await Scenarios.ScanDeadlinesAsync(app);
        await using var db = app.Database.CreateContext();
        var reminders = await db.Outbox.Where(m => m.Kind == NoticeKind.Reminder).ToListAsync();
        await Scenarios.ScanDeadlinesAsync(app);

        Assert.Equal(reminders.Count, await db.Outbox.CountAsync(m => m.Kind == NoticeKind.Reminder));
        Assert.Equal(
            [
                DeadlineKind.InvitationUnanswered, DeadlineKind.ActionUnanswered, DeadlineKind.FirstMeetingNotHeld,
                DeadlineKind.FollowUpOverdue, DeadlineKind.PlacementSipNotHeld, DeadlineKind.DraftUntouched,
                DeadlineKind.CostAllocationNotSettled, DeadlineKind.DeviationUnresolved, DeadlineKind.ActionNotExecuted,
                DeadlineKind.LvmChecklistOpen,
            ],
            reminders.Select(r => r.Deadline!.Value).Distinct().Order());

        // An unanswered insats is chased at its owning unit, at every step; the escalation also reaches the coordinator.
        var proposed = await db.Plans.SelectMany(p => p.Actions.Where(a => a.Status == ActionStatus.Proposed),
            (p, a) => new { a.Id, a.OwningUnitId }).ToListAsync();
        Assert.NotEmpty(proposed);
        foreach (var action in proposed)
        {
            var steps = reminders.Where(r => r.SubjectId == action.Id && r.RecipientId == action.OwningUnitId).Select(r => r.Step).Order()
                .ToList();
            Assert.Equal([0, 1], steps);
            Assert.All(reminders.Where(r => r.SubjectId == action.Id && r.Step == 0),
                r => Assert.Equal(action.OwningUnitId, r.RecipientId));
        }

        // Rule 22: each insats the municipality granted and never started is chased at its unit, and no other insats.
        var granted = await db.Plans.Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled)
            .SelectMany(p => p.Actions.Where(a => a.Status == ActionStatus.Accepted && a.Principal == ResponsiblePrincipal.Municipality),
                (p, a) => new { a.Id, a.OwningUnitId })
            .ToListAsync();
        Assert.NotEmpty(granted);
        Assert.Equal(
            granted.Select(a => (a.Id, a.OwningUnitId)).Order(),
            reminders.Where(r => r.Deadline == DeadlineKind.ActionNotExecuted && r.Step == 0)
                .Select(r => (r.SubjectId, r.RecipientId)).Order());

        // Rule 27b: the demo's LVM placement with its certificate's place open is chased at the region's clinic taking part.
        var lvm = await db.Plans.Where(p => p.Placement != null && p.Placement.LegalBasis == PlacementLegalBasis.Lvm)
            .Select(p => p.Id).ToListAsync();
        Assert.NotEmpty(lvm);
        Assert.Equal(
            lvm.Select(id => (id, DemoDirectory.BeroendemottagningenOstersund)).Order(),
            reminders.Where(r => r.Deadline == DeadlineKind.LvmChecklistOpen && r.Step == 0)
                .Select(r => (r.PlanId, r.RecipientId)).Order());

        // A closed plan is not chased.
        var closed = await db.Plans.Where(p => p.Status == PlanStatus.Closed || p.Status == PlanStatus.Cancelled).Select(p => p.Id)
            .ToListAsync();
        Assert.DoesNotContain(reminders, r => closed.Contains(r.PlanId));
    }

}
