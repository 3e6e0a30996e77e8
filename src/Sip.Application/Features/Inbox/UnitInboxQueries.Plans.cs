namespace Sip.Application.Features.Inbox;

/// <summary>The inbox read from the plans under the access rule: a user of several units, and rejections.</summary>
internal static partial class UnitInboxQueries
{
    /// <summary>The open plans the user may see.</summary>
    private static IQueryable<SipPlan> Visible(ISipDbContext db, Asked asked) => db.Plans.AsNoTracking()
        .Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled)
        .Where(VisiblePlans.RuleFor(db, asked.Units));

    /// <summary>
    /// A rejection has no date: its answer date held only while it was proposed. Said as a condition
    /// on the column rather than a bare NULL, which PostgreSQL types as text inside the page's
    /// subquery and then cannot unite with the dates of the other kinds.
    /// </summary>
    private static IQueryable<Row> Rejected(ISipDbContext db, Asked asked) => Visible(db, asked)
        .SelectMany(p => p.Actions, (p, a) => new { p.Id, p.ReferenceNumber, p.Version, Action = a })
        .Where(t => t.Action.ProposedByUserId == asked.Me && t.Action.Status == ActionStatus.Rejected)
        .Select(t => new Row
        {
            Kind = InboxItemKind.ActionRejected,
            PlanId = t.Id,
            ReferenceNumber = t.ReferenceNumber,
            PlanVersion = t.Version,
            Key = t.Action.Id,
            What = t.Action.Description + " Skäl: " + t.Action.RejectionReason,
            DueOn = t.Action.Status == ActionStatus.Proposed ? t.Action.AcceptBy : null,
            MayDecline = false,
        });

    /// <summary>
    /// The items of every kind as the plans give them, for a user of several units, who sees an item when any of
    /// them sees its plan. Each kind starts from an index on the unit or the user and tests each row's plan against
    /// the access rule; member initialisers let the database order and page them (docs/performance.md).
    /// </summary>
    private static IQueryable<Row>[] SeveralUnitsKinds(ISipDbContext db, Asked asked)
    {
        var units = asked.Units;
        var visible = Visible(db, asked);
        var invitations = visible
            .SelectMany(p => p.Participants, (p, x) => new { p.Id, p.ReferenceNumber, p.Version, Participant = x })
            .Where(t => t.Participant.State == InvitationState.Invited && t.Participant.UnitId != null
                && units.Contains(t.Participant.UnitId.Value))
            .Select(t => new Row
            {
                Kind = InboxItemKind.InvitationToAnswer,
                PlanId = t.Id,
                ReferenceNumber = t.ReferenceNumber,
                PlanVersion = t.Version,
                Key = t.Participant.Id,
                What = t.Participant.DisplayName,
                DueOn = t.Participant.RespondBy,
                MayDecline = t.Participant.Kind == ParticipantKind.OtherActor,
            });
        var toAccept = visible
            .SelectMany(p => p.Actions, (p, a) => new { p.Id, p.ReferenceNumber, p.Version, Action = a })
            .Where(t => t.Action.Status == ActionStatus.Proposed && units.Contains(t.Action.OwningUnitId))
            .Select(t => new Row
            {
                Kind = InboxItemKind.ActionToAccept,
                PlanId = t.Id,
                ReferenceNumber = t.ReferenceNumber,
                PlanVersion = t.Version,
                Key = t.Action.Id,
                What = t.Action.Description,
                DueOn = t.Action.AcceptBy,
                MayDecline = false,
            });
        var meetings = visible
            .Where(p => (p.Status == PlanStatus.Draft || p.Status == PlanStatus.Invited)
                && units.Contains(p.Origin.InitiatingUnitId) && p.FirstMeetingDueOn <= asked.Horizon)
            .Where(HeldNotBooked.NoneHeld)
            .Select(p => new Row
            {
                Kind = InboxItemKind.FirstMeetingDue,
                PlanId = p.Id,
                ReferenceNumber = p.ReferenceNumber,
                PlanVersion = p.Version,
                Key = p.Id,
                What = "SIP-möte ska hållas",
                DueOn = p.FirstMeetingDueOn,
                MayDecline = false,
            });
        var followUps = visible
            .Where(p => p.OverallResponsibleUnitId != null && units.Contains(p.OverallResponsibleUnitId.Value))
            .SelectMany(p => p.FollowUps, (p, f) => new { p.Id, p.ReferenceNumber, p.Version, FollowUp = f })
            .Where(t => t.FollowUp.DoneAt == null && t.FollowUp.DueOn <= asked.Horizon)
            .Select(t => new Row
            {
                Kind = InboxItemKind.FollowUpDue,
                PlanId = t.Id,
                ReferenceNumber = t.ReferenceNumber,
                PlanVersion = t.Version,
                Key = t.FollowUp.Id,
                What = "Uppföljning",
                DueOn = t.FollowUp.DueOn,
                MayDecline = false,
            });
        return [invitations, toAccept, meetings, followUps, Rejected(db, asked)];
    }
}
