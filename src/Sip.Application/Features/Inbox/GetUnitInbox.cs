using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Application.Pipeline;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;
using Sip.Domain.Users;

namespace Sip.Application.Features.Inbox;

/// <summary>
/// What waits for the user's units, a page at a time, most urgent first: invitations to answer,
/// insatser to accept, deadlines within a week (first meetings, follow-ups where the unit holds
/// overall responsibility), and insatser the user proposed that were rejected. Ordered by due
/// date, so the overdue come first and what has no date (a rejection) last; with the page come
/// how many there are of each kind.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record GetUnitInbox(int Page = 1, int PageSize = GetUnitInbox.DefaultPageSize) : IQuery<UnitInbox>, IReadsPersonalData
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;
}

/// <summary>One page of the inbox. <see cref="TotalCount"/> and <see cref="Counts"/> cover the whole inbox, not the page.</summary>
public sealed record UnitInbox(IReadOnlyList<InboxItem> Items, int Page, int PageSize, int TotalCount, InboxCounts Counts, DateOnly Today);

/// <summary>How many items of each kind wait, over every page.</summary>
public sealed record InboxCounts(int InvitationsToAnswer, int ActionsToAccept, int FirstMeetingsDue, int FollowUpsDue, int ActionsRejected);

/// <summary>The kinds, in the order items of one due date are listed.</summary>
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

public sealed class GetUnitInboxValidator : AbstractValidator<GetUnitInbox>
{
    public GetUnitInboxValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Sidan måste vara 1 eller större.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, GetUnitInbox.MaxPageSize).WithMessage($"Sidstorleken ska vara 1–{GetUnitInbox.MaxPageSize}.");
    }
}

public sealed class GetUnitInboxHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetUnitInbox, UnitInbox>
{
    /// <summary>How far ahead a deadline shows up in the inbox.</summary>
    public const int DaysAhead = 7;

    public async ValueTask<UnitInbox> Handle(GetUnitInbox query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = SwedishTime.Today(clock.GetUtcNow());
        var horizon = today.AddDays(DaysAhead);
        var units = user.UnitIds.ToList();
        var me = user.UserId;

        // Each kind starts from an index on the unit or the user, which yields the unit's own rows;
        // the access rule is then a test of each row's plan. Joining each kind to the whole visible
        // set instead rebuilt it five times (thousands of plans for a clinic, about 250 ms at a
        // million plans).
        var visibleTo = VisiblePlans.RuleFor(db, user);
        var visible = db.Plans.AsNoTracking()
            .Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled)
            .Where(visibleTo);

        // The items as the plans give them, for a user of several units (and the rejections, for
        // everyone): a user of one unit has the rest read from the unit's kept entries (Kept).
        // SelectMany with a result selector joins instead of needing SQL APPLY, which SQLite lacks.
        // Member initialisers rather than constructors, so that the database can order and page them.
        var invited = visible
            .SelectMany(p => p.Participants, (p, x) => new { p.Id, p.ReferenceNumber, p.Version, Participant = x })
            .Where(t => t.Participant.State == InvitationState.Invited && t.Participant.UnitId != null && units.Contains(t.Participant.UnitId.Value));
        var proposed = visible
            .SelectMany(p => p.Actions, (p, a) => new { p.Id, p.ReferenceNumber, p.Version, Action = a })
            .Where(t => t.Action.Status == ActionStatus.Proposed && units.Contains(t.Action.OwningUnitId));

        var invitations = invited
            .Select(t => new Row { Kind = InboxItemKind.InvitationToAnswer, PlanId = t.Id, ReferenceNumber = t.ReferenceNumber, PlanVersion = t.Version, Key = t.Participant.Id, What = t.Participant.DisplayName, DueOn = t.Participant.RespondBy, MayDecline = t.Participant.Kind == ParticipantKind.OtherActor });
        var toAccept = proposed
            .Select(t => new Row { Kind = InboxItemKind.ActionToAccept, PlanId = t.Id, ReferenceNumber = t.ReferenceNumber, PlanVersion = t.Version, Key = t.Action.Id, What = t.Action.Description, DueOn = t.Action.AcceptBy, MayDecline = false });
        var meetings = visible
            .Where(p => (p.Status == PlanStatus.Draft || p.Status == PlanStatus.Invited) && units.Contains(p.Origin.InitiatingUnitId) && p.FirstMeetingDueOn <= horizon)
            .Where(p => !p.Meetings.Any(m => m.Status != MeetingStatus.Cancelled))
            .Select(p => new Row { Kind = InboxItemKind.FirstMeetingDue, PlanId = p.Id, ReferenceNumber = p.ReferenceNumber, PlanVersion = p.Version, Key = p.Id, What = "SIP-möte ska hållas", DueOn = p.FirstMeetingDueOn, MayDecline = false });
        var followUps = visible
            .Where(p => p.OverallResponsibleUnitId != null && units.Contains(p.OverallResponsibleUnitId.Value))
            .SelectMany(p => p.FollowUps, (p, f) => new { p.Id, p.ReferenceNumber, p.Version, FollowUp = f })
            .Where(t => t.FollowUp.DoneAt == null && t.FollowUp.DueOn <= horizon)
            .Select(t => new Row { Kind = InboxItemKind.FollowUpDue, PlanId = t.Id, ReferenceNumber = t.ReferenceNumber, PlanVersion = t.Version, Key = t.FollowUp.Id, What = "Uppföljning", DueOn = t.FollowUp.DueOn, MayDecline = false });
        // A rejection has no date: its answer date held only while it was proposed. Said as a condition
        // on the column rather than a bare NULL, which PostgreSQL types as text inside the page's
        // subquery and then cannot unite with the dates of the other kinds.
        var rejected = visible
            .SelectMany(p => p.Actions, (p, a) => new { p.Id, p.ReferenceNumber, p.Version, Action = a })
            .Where(t => t.Action.ProposedByUserId == me && t.Action.Status == ActionStatus.Rejected)
            .Select(t => new Row { Kind = InboxItemKind.ActionRejected, PlanId = t.Id, ReferenceNumber = t.ReferenceNumber, PlanVersion = t.Version, Key = t.Action.Id, What = t.Action.Description + " Skäl: " + t.Action.RejectionReason, DueOn = t.Action.Status == ActionStatus.Proposed ? t.Action.AcceptBy : null, MayDecline = false });
        IQueryable<Row>[] kinds = [invitations, toAccept, meetings, followUps, rejected];

        // The page: the first page × size of each kind, each by its own order (a seek on the unit's
        // rows by due date), then merged and cut in the same statement. Whatever lies on the page is
        // among the first page × size of its own kind, and the database compares the keys of all five
        // the same way, so pages neither overlap nor skip.
        // (In long, so that a page far beyond the end asks for all there is rather than overflowing.)
        var enough = (int)Math.Min((long)query.Page * query.PageSize, int.MaxValue);
        var skip = (int)Math.Min((long)(query.Page - 1) * query.PageSize, int.MaxValue);
        var candidates = units is [var listed]
            ? Kept(db, listed, horizon, enough).Concat(Urgent(rejected).Take(enough))
            : kinds.Select(k => Urgent(k).Take(enough)).Aggregate((all, next) => all.Concat(next));
        var rows = await candidates
            .OrderBy(r => r.DueOn == null)
            .ThenBy(r => r.DueOn)
            .ThenBy(r => r.Kind)
            .ThenBy(r => r.Key)
            .Skip(skip)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // The counts: every item the unit may see, in one statement, without reading the items. A user
        // of one unit has the unit's entries counted, kept with each change under the access rule;
        // testing the rule here for every item instead was most of a clinic's answer (thousands of
        // items). The user's own rejected proposals are few and are asked for as they are. For a
        // user of several units an item is seen when any of them sees the plan, which the entries of
        // one unit do not say; they are counted by asking the plans.
        var counting = units is [var only]
            ? db.InboxEntries
                .Where(e => e.UnitId == only && (e.Kind == InboxItemKind.InvitationToAnswer || e.Kind == InboxItemKind.ActionToAccept || e.DueOn <= horizon))
                .Select(e => e.Kind)
                .Concat(rejected.Select(r => r.Kind))
            : kinds.Select(k => k.Select(r => r.Kind)).Aggregate((all, next) => all.Concat(next));
        var counted = await counting
            .GroupBy(kind => kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        int Of(InboxItemKind kind) => counted.Where(c => c.Kind == kind).Sum(c => c.Count);
        var counts = new InboxCounts(Of(InboxItemKind.InvitationToAnswer), Of(InboxItemKind.ActionToAccept), Of(InboxItemKind.FirstMeetingDue), Of(InboxItemKind.FollowUpDue), Of(InboxItemKind.ActionRejected));

        var items = rows
            .Select(r => new InboxItem(r.Kind, r.PlanId, r.ReferenceNumber, r.PlanVersion, r.Kind == InboxItemKind.FirstMeetingDue ? null : r.Key, r.What, r.DueOn, r.DueOn is { } due && due < today, r.MayDecline))
            .ToList();
        return new UnitInbox(items, query.Page, query.PageSize, counted.Sum(c => c.Count), counts, today);
    }

    /// <summary>
    /// The first <paramref name="enough"/> of the unit's kept entries (<see cref="InboxEntries"/>),
    /// which hold only what the unit may see: for each kind a seek on the unit's rows of the kind in
    /// the page's order, read from the index alone; the four merged and cut to the page's
    /// candidates; and only then each joined to its plan and its item by key, with no access rule to
    /// test. An entry's date is its item's, and a first meeting's key is its plan's, so the entries
    /// alone give the page's order. Joining each kind's first page × size before the cut read the
    /// plans and items of four times as many.
    /// </summary>
    private static IQueryable<Row> Kept(ISipDbContext db, Guid unit, DateOnly horizon, int enough)
    {
        IQueryable<InboxEntry> First(InboxItemKind kind, bool dated)
        {
            var rows = db.InboxEntries.Where(e => e.UnitId == unit && e.Kind == kind);
            rows = dated ? rows.Where(e => e.DueOn <= horizon) : rows;
            return rows.OrderBy(e => e.DueOn).ThenBy(e => e.ItemId).Take(enough);
        }

        var found = First(InboxItemKind.InvitationToAnswer, dated: false)
            .Concat(First(InboxItemKind.ActionToAccept, dated: false))
            .Concat(First(InboxItemKind.FirstMeetingDue, dated: true))
            .Concat(First(InboxItemKind.FollowUpDue, dated: true))
            .OrderBy(e => e.DueOn).ThenBy(e => e.Kind).ThenBy(e => e.ItemId)
            .Take(enough)
            .Join(db.Plans, e => e.PlanId, p => p.Id, (e, p) => new Found { Entry = e, Plan = p });
        IQueryable<Found> Of(InboxItemKind kind) => found.Where(t => t.Entry.Kind == kind);

        var invitations = Of(InboxItemKind.InvitationToAnswer)
            .SelectMany(t => t.Plan.Participants.Where(x => x.Id == t.Entry.ItemId), (t, x) => new Row { Kind = InboxItemKind.InvitationToAnswer, PlanId = t.Plan.Id, ReferenceNumber = t.Plan.ReferenceNumber, PlanVersion = t.Plan.Version, Key = x.Id, What = x.DisplayName, DueOn = x.RespondBy, MayDecline = x.Kind == ParticipantKind.OtherActor });
        var toAccept = Of(InboxItemKind.ActionToAccept)
            .SelectMany(t => t.Plan.Actions.Where(a => a.Id == t.Entry.ItemId), (t, a) => new Row { Kind = InboxItemKind.ActionToAccept, PlanId = t.Plan.Id, ReferenceNumber = t.Plan.ReferenceNumber, PlanVersion = t.Plan.Version, Key = a.Id, What = a.Description, DueOn = a.AcceptBy, MayDecline = false });
        var meetings = Of(InboxItemKind.FirstMeetingDue)
            .Select(t => new Row { Kind = InboxItemKind.FirstMeetingDue, PlanId = t.Plan.Id, ReferenceNumber = t.Plan.ReferenceNumber, PlanVersion = t.Plan.Version, Key = t.Plan.Id, What = "SIP-möte ska hållas", DueOn = t.Plan.FirstMeetingDueOn, MayDecline = false });
        var followUps = Of(InboxItemKind.FollowUpDue)
            .SelectMany(t => t.Plan.FollowUps.Where(f => f.Id == t.Entry.ItemId), (t, f) => new Row { Kind = InboxItemKind.FollowUpDue, PlanId = t.Plan.Id, ReferenceNumber = t.Plan.ReferenceNumber, PlanVersion = t.Plan.Version, Key = f.Id, What = "Uppföljning", DueOn = f.DueOn, MayDecline = false });
        return invitations.Concat(toAccept).Concat(meetings).Concat(followUps);
    }

    /// <summary>
    /// One kind by urgency: by due date, then by the item's key, so that the order is total; the same
    /// columns as the indexes on the unit's invitations and insatser, so that a page is a seek. Only
    /// rejections have no due date, and they have none at all; an invitation to a unit always has an
    /// answer date, so nulls, which the databases sort differently, do not occur within a kind.
    /// </summary>
    private static IOrderedQueryable<Row> Urgent(IQueryable<Row> kind) =>
        kind.OrderBy(r => r.DueOn).ThenBy(r => r.Key);

    /// <summary>A kept entry and its plan.</summary>
    private sealed class Found
    {
        public required InboxEntry Entry { get; init; }

        public required SipPlan Plan { get; init; }
    }

    /// <summary>An item as the database returns it; <see cref="Key"/> is the item's id, or the plan's for a first meeting.</summary>
    private sealed class Row
    {
        public InboxItemKind Kind { get; init; }

        public Guid PlanId { get; init; }

        public required string ReferenceNumber { get; init; }

        public int PlanVersion { get; init; }

        public Guid Key { get; init; }

        public required string What { get; init; }

        public DateOnly? DueOn { get; init; }

        public bool MayDecline { get; init; }
    }
}
