using Sip.Application.Features.Areas;
using Sip.Domain.Calendar;

namespace Sip.Application.Features.Audit;

/// <summary>
/// A SIP-stödjare's view of the plans in their area: process data only — reference number, status,
/// dates, units and deadlines. Never the person's identity, the reason or anything else written
/// about them.
/// </summary>
[AllowedRoles(UserRole.SipSupport)]
public sealed record ListAreaPlans(
    PlanStatus? Status = null, bool OnlyOverdue = false, int Page = 1, int PageSize = 50, AuditFinding? Finding = null)
    : IQuery<AreaPlanPage>;

public sealed record AreaPlanPage(IReadOnlyList<AreaPlanItem> Items, int Page, int PageSize, int TotalCount);

public sealed record AreaPlanItem(
    Guid Id,
    string ReferenceNumber,
    PlanStatus Status,
    DateTimeOffset StartedAt,
    string InitiatingUnitName,
    string? OverallResponsibleUnitName,
    bool HasActiveConsent,
    int UnitsTakingPart,
    int ActionsAwaitingAcceptance,
    DateOnly FirstMeetingDueOn,
    DateTimeOffset? FirstMeetingAt,
    DateTimeOffset? EstablishedAt,
    DateOnly? NextFollowUpOn,
    bool IsOverdue);

public sealed class ListAreaPlansValidator : AbstractValidator<ListAreaPlans>
{
    public ListAreaPlansValidator()
    {
        RuleFor(x => x.Status).IsInEnum().WithMessage("Okänd status.");
        RuleFor(x => x.Finding).IsInEnum().WithMessage("Okänd brist.");
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Sidan måste vara 1 eller större.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, 500).WithMessage("Sidstorleken ska vara 1–500.");
    }
}

public sealed class ListAreaPlansHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListAreaPlans, AreaPlanPage>
{
    public async ValueTask<AreaPlanPage> Handle(ListAreaPlans query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = SwedishTime.Today(clock.GetUtcNow());
        var plans = (await AreaPlans.ForAsync(db, user, cancellationToken)).Plans;
        if (query.Finding is { } finding)
        {
            plans = plans.With(finding, today);
        }

        if (query.Status is { } status)
        {
            plans = plans.Where(p => p.Status == status);
        }

        // Overdue: what the reminders chase, a first meeting not held by its deadline (a booking does
        // not count, rule 21) or a follow-up past due.
        var overdue = HeldNotBooked.FirstMeetingOverdue(today).OrElse(p =>
            p.Status == PlanStatus.Established && p.FollowUps.Any(f => f.DoneAt == null && f.DueOn < today));
        if (query.OnlyOverdue)
        {
            plans = plans.Where(overdue);
        }

        var total = await plans.CountAsync(cancellationToken);
        var units = db.Units;
        var items = await plans
            .OrderBy(p => p.ReferenceNumber)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(p => new AreaPlanItem(
                p.Id,
                p.ReferenceNumber,
                p.Status,
                p.CreatedAt,
                units.Where(u => u.Id == p.Origin.InitiatingUnitId).Select(u => u.Name).First(),
                units.Where(u => u.Id == p.OverallResponsibleUnitId).Select(u => u.Name).FirstOrDefault(),
                p.Consents.Any(c => c.WithdrawnAt == null && c.SupersededAt == null),
                p.Participants.Count(x => x.UnitId != null && (x.State == InvitationState.Invited || x.State == InvitationState.Accepted)),
                p.Actions.Count(a => a.Status == ActionStatus.Proposed),
                p.FirstMeetingDueOn,
                p.Meetings.Where(m => m.Status != MeetingStatus.Cancelled).OrderBy(m => m.StartsAt)
                    .Select(m => (DateTimeOffset?)m.StartsAt).FirstOrDefault(),
                p.Versions.OrderBy(v => v.Number).Select(v => (DateTimeOffset?)v.EstablishedAt).FirstOrDefault(),
                p.FollowUps.Where(f => f.DoneAt == null).OrderBy(f => f.DueOn).Select(f => (DateOnly?)f.DueOn).FirstOrDefault(),
                false))
            .ToListAsync(cancellationToken);

        // The same rule as the filter above, asked of the page's plans.
        var ids = items.Select(i => i.Id).ToList();
        var late = (await plans.Where(p => ids.Contains(p.Id)).Where(overdue).Select(p => p.Id)
            .ToListAsync(cancellationToken)).ToHashSet();
        var marked = items.Select(i => i with { IsOverdue = late.Contains(i.Id) }).ToList();
        return new AreaPlanPage(marked, query.Page, query.PageSize, total);
    }
}
