using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;

namespace Sip.Application.Notifications;

/// <summary>
/// A deadline that has passed and the unit that owes it. <see cref="Coordinator"/> is the unit
/// that holds the plan together (overall responsibility, else the initiator): it hears of an
/// escalation too.
/// </summary>
public sealed record OverdueDeadline(DeadlineKind Kind, Guid PlanId, string ReferenceNumber, Guid SubjectId, Guid OwingUnitId, Guid Coordinator, Guid InitiatingOrganizationId, DateOnly Deadline);

/// <summary>
/// Every kind of passed deadline, asked of the database in one query per kind. The scanner writes
/// reminders from it, and the reminder list uses it to show only what is still undone, so the two
/// can never disagree on what "overdue" means.
/// </summary>
public static class OverdueDeadlines
{
    /// <summary>A draft nobody touched for this long is chased.</summary>
    public static readonly TimeSpan DraftLeftAlone = TimeSpan.FromDays(14);

    private static readonly PlanStatus[] NotYetEstablished = [PlanStatus.Draft, PlanStatus.Invited];

    /// <summary>The passed deadlines among <paramref name="plans"/> (all plans when null) that are open.</summary>
    public static async Task<List<OverdueDeadline>> FindAsync(ISipDbContext db, IQueryable<SipPlan>? plans, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = new List<OverdueDeadline>();
        await foreach (var item in StreamAsync(db, plans, now, cancellationToken).ConfigureAwait(false))
        {
            found.Add(item);
        }

        return found;
    }

    /// <summary>
    /// The same, as a stream: one kind after the other, each read as the database sends it, so a
    /// reader that writes as it goes (the nightly scan) never holds the whole country's passed
    /// deadlines at once.
    /// </summary>
    public static async IAsyncEnumerable<OverdueDeadline> StreamAsync(ISipDbContext db, IQueryable<SipPlan>? plans, DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var today = SwedishTime.Today(now);
        var open = (plans ?? db.Plans).AsNoTracking().Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled);

        var kinds = new List<IQueryable<OverdueDeadline>>();

        // SelectMany with a result selector joins instead of needing SQL APPLY, which SQLite lacks.
        kinds.Add(open
            .SelectMany(p => p.Participants.Where(x => x.State == InvitationState.Invited && x.UnitId != null && x.RespondBy != null && x.RespondBy < today),
                (p, x) => new OverdueDeadline(DeadlineKind.InvitationUnanswered, p.Id, p.ReferenceNumber, x.Id, x.UnitId!.Value, p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId, p.Origin.InitiatingOrganizationId, x.RespondBy!.Value)));

        kinds.Add(open
            .SelectMany(p => p.Actions.Where(a => a.Status == ActionStatus.Proposed && a.AcceptBy < today),
                (p, a) => new OverdueDeadline(DeadlineKind.ActionUnanswered, p.Id, p.ReferenceNumber, a.Id, a.OwningUnitId, p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId, p.Origin.InitiatingOrganizationId, a.AcceptBy)));

        kinds.Add(open
            .Where(p => NotYetEstablished.Contains(p.Status) && p.FirstMeetingDueOn < today && !p.Meetings.Any(m => m.Status != MeetingStatus.Cancelled))
            .Select(p => new OverdueDeadline(DeadlineKind.FirstMeetingNotHeld, p.Id, p.ReferenceNumber, p.Id, p.Origin.InitiatingUnitId, p.Origin.InitiatingUnitId, p.Origin.InitiatingOrganizationId, p.FirstMeetingDueOn)));

        kinds.Add(open
            .Where(p => p.Status == PlanStatus.Established)
            .SelectMany(p => p.FollowUps.Where(f => f.DoneAt == null && f.DueOn < today),
                (p, f) => new OverdueDeadline(DeadlineKind.FollowUpOverdue, p.Id, p.ReferenceNumber, f.Id, p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId, p.Origin.InitiatingUnitId, p.Origin.InitiatingOrganizationId, f.DueOn)));

        kinds.Add(open
            .Where(p => p.Placement != null && p.Placement.SipMeetingDueOn != null && p.Placement.SipMeetingDueOn < today && !p.Meetings.Any(m => m.Status != MeetingStatus.Cancelled))
            .Select(p => new OverdueDeadline(DeadlineKind.PlacementSipNotHeld, p.Id, p.ReferenceNumber, p.Id, p.Origin.InitiatingUnitId, p.Origin.InitiatingUnitId, p.Origin.InitiatingOrganizationId, p.Placement!.SipMeetingDueOn!.Value)));

        // Rule 9 binds both principals: the initiating unit and every principal's unit taking part are reminded.
        var unsettled = open.Where(p => p.Placement != null && p.Placement.CostAllocationDueOn != null && p.Placement.CostAllocationDueOn < today && p.Placement.CostAllocationSettledOn == null);
        kinds.Add(unsettled
            .Select(p => new OverdueDeadline(DeadlineKind.CostAllocationNotSettled, p.Id, p.ReferenceNumber, p.Id, p.Origin.InitiatingUnitId, p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId, p.Origin.InitiatingOrganizationId, p.Placement!.CostAllocationDueOn!.Value)));
        kinds.Add(unsettled
            .SelectMany(p => p.Participants.Where(x => x.Kind == ParticipantKind.PrincipalUnit && x.State != InvitationState.Declined && x.UnitId != null && x.UnitId != p.Origin.InitiatingUnitId),
                (p, x) => new OverdueDeadline(DeadlineKind.CostAllocationNotSettled, p.Id, p.ReferenceNumber, p.Id, x.UnitId!.Value, p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId, p.Origin.InitiatingOrganizationId, p.Placement!.CostAllocationDueOn!.Value)));

        kinds.Add(open
            .SelectMany(p => p.Deviations.Where(d => d.ResolvedAt == null && d.StepDueOn != null && d.StepDueOn < today),
                (p, d) => new OverdueDeadline(DeadlineKind.DeviationUnresolved, p.Id, p.ReferenceNumber, d.Id, d.RaisedByUnitId, p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId, p.Origin.InitiatingOrganizationId, d.StepDueOn!.Value)));

        kinds.Add(open
            .SelectMany(p => p.Feedback.Where(f => f.AnsweredAt == null && f.RespondBy < today),
                (p, f) => new OverdueDeadline(DeadlineKind.FeedbackUnanswered, p.Id, p.ReferenceNumber, f.Id, f.RoutedToUnitId, p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId, p.Origin.InitiatingOrganizationId, f.RespondBy)));

        foreach (var kind in kinds)
        {
            await foreach (var item in kind.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }

        var untouchedSince = now - DraftLeftAlone;
        var drafts = open
            .Where(p => p.Status == PlanStatus.Draft && p.UpdatedAt < untouchedSince)
            .Select(p => new { p.Id, p.ReferenceNumber, Unit = p.Origin.InitiatingUnitId, Organization = p.Origin.InitiatingOrganizationId, p.UpdatedAt });
        await foreach (var d in drafts.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return new OverdueDeadline(DeadlineKind.DraftUntouched, d.Id, d.ReferenceNumber, d.Id, d.Unit, d.Unit, d.Organization, SwedishTime.Today(d.UpdatedAt + DraftLeftAlone));
        }
    }
}
