using Sip.Domain.Calendar;

namespace Sip.Application.Features.Inbox;

/// <summary>
/// What waits for the user's units, a page at a time by due date (overdue first, undated rejections last):
/// invitations to answer, insatser to accept, first meetings and follow-ups due within a week, and the user's
/// proposed insatser that were rejected; with the page comes how many there are of each kind.
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
public sealed record InboxItem(
    InboxItemKind Kind, Guid PlanId, string ReferenceNumber, int PlanVersion, Guid? ItemId, string What, DateOnly? DueOn, bool IsOverdue,
    bool MayDecline = false);

public sealed class GetUnitInboxValidator : AbstractValidator<GetUnitInbox>
{
    public GetUnitInboxValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Sidan måste vara 1 eller större.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, GetUnitInbox.MaxPageSize)
            .WithMessage($"Sidstorleken ska vara 1–{GetUnitInbox.MaxPageSize}.");
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

        // The page: the first page × size of each kind, each by its own order (a seek on the unit's
        // rows by due date), then merged and cut in the same statement. Whatever lies on the page is
        // among the first page × size of its own kind, and the database compares the keys of all five
        // the same way, so pages neither overlap nor skip.
        // (In long, so that a page far beyond the end asks for all there is rather than overflowing.)
        var units = user.UnitIds.ToList();
        var asked = new UnitInboxQueries.Asked
        {
            Unit = units is [var only] ? only : Guid.Empty,
            Units = units,
            Me = user.UserId,
            Horizon = today.AddDays(DaysAhead),
            Enough = (int)Math.Min((long)query.Page * query.PageSize, int.MaxValue),
            Skip = (int)Math.Min((long)(query.Page - 1) * query.PageSize, int.MaxValue),
            Take = query.PageSize,
        };

        var (rows, counts) = await UnitInboxQueries.ReadAsync(db, asked, cancellationToken);
        var items = rows
            .Select(r => new InboxItem(
                r.Kind, r.PlanId, r.ReferenceNumber, r.PlanVersion, r.Kind == InboxItemKind.FirstMeetingDue ? null : r.Key, r.What,
                r.DueOn, r.DueOn is { } due && due < today, r.MayDecline))
            .ToList();
        var total = counts.InvitationsToAnswer + counts.ActionsToAccept + counts.FirstMeetingsDue + counts.FollowUpsDue
            + counts.ActionsRejected;
        return new UnitInbox(items, query.Page, query.PageSize, total, counts, today);
    }
}
