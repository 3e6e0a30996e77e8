using Sip.Application.Features.Inbox;

namespace Sip.Application.ReadModels.Inbox;

/// <summary>The inbox entries as a query over the plans: what <see cref="InboxEntries"/> writes and repairs against.</summary>
internal static class InboxEntryRules
{
    /// <summary>
    /// The items of these plans that wait for a unit, each under the access rule of <c>VisiblePlans</c> for its unit.
    /// The kinds are those of <see cref="GetUnitInboxHandler"/>, but an entry keeps its date and the inbox applies its
    /// horizon when it counts.
    /// </summary>
    public static IQueryable<InboxEntry> Of(ISipDbContext db, IQueryable<SipPlan> plans)
    {
        var open = plans.Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled);
        var invitations = open
            .SelectMany(p => p.Participants, (p, x) => new Candidate
            {
                Plan = p,
                UnitId = x.UnitId!.Value,
                ItemId = x.Id,
                Kind = InboxItemKind.InvitationToAnswer,
                DueOn = x.RespondBy,
                Waits = x.State == InvitationState.Invited && x.UnitId != null,
            });
        var toAccept = open
            .SelectMany(p => p.Actions, (p, a) => new Candidate
            {
                Plan = p,
                UnitId = a.OwningUnitId,
                ItemId = a.Id,
                Kind = InboxItemKind.ActionToAccept,
                DueOn = a.AcceptBy,
                Waits = a.Status == ActionStatus.Proposed,
            });
        // A first meeting waits until one is held (rule 21): a booking is not yet a meeting, and a
        // kept entry cannot follow the day a booked meeting passes.
        var meetings = open.Where(HeldNotBooked.NoneHeld)
            .Select(p => new Candidate
            {
                Plan = p,
                UnitId = p.Origin.InitiatingUnitId,
                ItemId = p.Id,
                Kind = InboxItemKind.FirstMeetingDue,
                DueOn = p.FirstMeetingDueOn,
                Waits = p.Status == PlanStatus.Draft || p.Status == PlanStatus.Invited,
            });
        var followUps = open
            .SelectMany(p => p.FollowUps, (p, f) => new Candidate
            {
                Plan = p,
                UnitId = p.OverallResponsibleUnitId!.Value,
                ItemId = f.Id,
                Kind = InboxItemKind.FollowUpDue,
                DueOn = f.DueOn,
                Waits = f.DoneAt == null && p.OverallResponsibleUnitId != null,
            });
        return new[] { invitations, toAccept, meetings, followUps }.Select(kind => Seen(db, kind))
            .Aggregate((all, next) => all.Concat(next));
    }

    /// <summary>The candidates that wait, where their own unit sees the plan.</summary>
    private static IQueryable<InboxEntry> Seen(ISipDbContext db, IQueryable<Candidate> candidates) => candidates
        .Where(t => t.Waits)
        .Where(t => t.Plan.Origin.InitiatingUnitId == t.UnitId
            || t.Plan.Participants.Any(x => x.UnitId == t.UnitId
                && (x.State == InvitationState.Invited || x.State == InvitationState.Accepted)
                && t.Plan.Consents.Any(c => c.WithdrawnAt == null && c.SupersededAt == null
                    && c.ScopeOrganizationIds.Any(o => db.Units.Any(u => u.Id == t.UnitId && u.OrganizationId == o))
                    && (!c.NarrowedOrganizationIds.Contains(x.OrganizationId!.Value) || c.ScopeUnitIds.Contains(t.UnitId)))))
        .Select(t => new InboxEntry { PlanId = t.Plan.Id, ItemId = t.ItemId, UnitId = t.UnitId, Kind = t.Kind, DueOn = t.DueOn });

    /// <summary>An item of a plan that may wait for a unit; <see cref="Waits"/> is the kind's own condition.</summary>
    private sealed class Candidate
    {
        public required SipPlan Plan { get; init; }

        public Guid UnitId { get; init; }

        public Guid ItemId { get; init; }

        public InboxItemKind Kind { get; init; }

        public DateOnly? DueOn { get; init; }

        public bool Waits { get; init; }
    }
}
