using Mediator;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Application.Pipeline;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;
using Sip.Domain.Users;

namespace Sip.Application.Features.Inbox;

/// <summary>
/// What waits for the user's units: invitations to answer, insatser to accept, deadlines within a
/// week (first meetings, follow-ups where the unit holds overall responsibility), and insatser the
/// user proposed that were rejected. Overdue items first.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record GetUnitInbox : IQuery<UnitInbox>, IReadsPersonalData;

public sealed record UnitInbox(IReadOnlyList<InboxItem> Items, DateOnly Today);

public enum InboxItemKind
{
    InvitationToAnswer,
    ActionToAccept,
    FirstMeetingDue,
    FollowUpDue,
    ActionRejected,
}

/// <summary>One thing to do. <see cref="PlanVersion"/> is what an answer from the inbox sends as its expected version;
/// <see cref="MayDecline"/> is true only for an invitation to an actor that is not a principal.</summary>
public sealed record InboxItem(InboxItemKind Kind, Guid PlanId, string ReferenceNumber, int PlanVersion, Guid? ItemId, string What, DateOnly? DueOn, bool IsOverdue, bool MayDecline = false);

public sealed class GetUnitInboxHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetUnitInbox, UnitInbox>
{
    /// <summary>How far ahead a deadline shows up in the inbox.</summary>
    public const int DaysAhead = 7;

    public async ValueTask<UnitInbox> Handle(GetUnitInbox query, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Today(clock.GetUtcNow());
        var horizon = today.AddDays(DaysAhead);
        var units = user.UnitIds.ToList();
        var me = user.UserId;
        // Each part starts from an index on the unit or the user, which yields a few rows; the access
        // rule is then a test of each row's plan. Joining each part to the whole visible set instead
        // rebuilt it five times (thousands of plans for a clinic, about 250 ms at a million plans).
        var visibleTo = await VisiblePlans.RuleAsync(db, user, cancellationToken).ConfigureAwait(false);
        var visible = db.Plans.AsNoTracking()
            .Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled)
            .Where(visibleTo);

        // SelectMany with a result selector joins instead of needing SQL APPLY, which SQLite lacks.
        var invitations = await visible
            .SelectMany(p => p.Participants, (p, x) => new { p.Id, p.ReferenceNumber, p.Version, Participant = x })
            .Where(t => t.Participant.UnitId != null && units.Contains(t.Participant.UnitId.Value) && t.Participant.State == InvitationState.Invited)
            .Select(t => new InboxItem(InboxItemKind.InvitationToAnswer, t.Id, t.ReferenceNumber, t.Version, t.Participant.Id, t.Participant.DisplayName, t.Participant.RespondBy, false, t.Participant.Kind == ParticipantKind.OtherActor))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var toAccept = await visible
            .SelectMany(p => p.Actions, (p, a) => new { p.Id, p.ReferenceNumber, p.Version, Action = a })
            .Where(t => units.Contains(t.Action.OwningUnitId) && t.Action.Status == ActionStatus.Proposed)
            .Select(t => new InboxItem(InboxItemKind.ActionToAccept, t.Id, t.ReferenceNumber, t.Version, t.Action.Id, t.Action.Description, t.Action.AcceptBy, false))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var meetings = await visible
            .Where(p => (p.Status == PlanStatus.Draft || p.Status == PlanStatus.Invited) && units.Contains(p.Origin.InitiatingUnitId) && p.FirstMeetingDueOn <= horizon)
            .Where(p => !p.Meetings.Any(m => m.Status != MeetingStatus.Cancelled))
            .Select(p => new InboxItem(InboxItemKind.FirstMeetingDue, p.Id, p.ReferenceNumber, p.Version, null, "SIP-möte ska hållas", p.FirstMeetingDueOn, false))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var followUps = await visible
            .Where(p => p.OverallResponsibleUnitId != null && units.Contains(p.OverallResponsibleUnitId.Value))
            .SelectMany(p => p.FollowUps, (p, f) => new { p.Id, p.ReferenceNumber, p.Version, FollowUp = f })
            .Where(t => t.FollowUp.DoneAt == null && t.FollowUp.DueOn <= horizon)
            .Select(t => new InboxItem(InboxItemKind.FollowUpDue, t.Id, t.ReferenceNumber, t.Version, t.FollowUp.Id, "Uppföljning", t.FollowUp.DueOn, false))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var rejected = await visible
            .SelectMany(p => p.Actions, (p, a) => new { p.Id, p.ReferenceNumber, p.Version, Action = a })
            .Where(t => t.Action.ProposedByUserId == me && t.Action.Status == ActionStatus.Rejected)
            .Select(t => new InboxItem(InboxItemKind.ActionRejected, t.Id, t.ReferenceNumber, t.Version, t.Action.Id, t.Action.Description + " Skäl: " + t.Action.RejectionReason, null, false))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var items = invitations.Concat(toAccept).Concat(meetings).Concat(followUps).Concat(rejected)
            .Select(i => i with { IsOverdue = i.DueOn is { } due && due < today })
            .OrderByDescending(i => i.IsOverdue)
            .ThenBy(i => i.DueOn ?? DateOnly.MaxValue)
            .ThenBy(i => i.ReferenceNumber, StringComparer.Ordinal)
            .ToList();
        return new UnitInbox(items, today);
    }
}
