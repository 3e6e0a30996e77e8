using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Domain.Plans;
using Sip.Domain.Users;

namespace Sip.Application.Features.Plans;

/// <summary>The plans the user's units take part in and may see, newest change first, a page at a time.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record ListMyPlans(int Page = 1, int PageSize = 25, bool IncludeFinished = false) : IQuery<PlanPage>, IReadsPersonalData;

public sealed record PlanPage(IReadOnlyList<PlanListItem> Items, int Page, int PageSize, int TotalCount);

public sealed record PlanListItem(Guid Id, string ReferenceNumber, string PersonName, PlanStatus Status, string InitiatingUnitName, DateOnly FirstMeetingDueOn, DateOnly? NextFollowUpOn, DateTimeOffset UpdatedAt);

public sealed class ListMyPlansValidator : AbstractValidator<ListMyPlans>
{
    public ListMyPlansValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Sidan måste vara 1 eller större.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200).WithMessage("Sidstorleken ska vara 1–200.");
    }
}

public sealed class ListMyPlansHandler(ISipDbContext db, ICurrentUser user) : IQueryHandler<ListMyPlans, PlanPage>
{
    public async ValueTask<PlanPage> Handle(ListMyPlans query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var visible = await VisiblePlans.ForAsync(db, user, cancellationToken).ConfigureAwait(false);
        if (!query.IncludeFinished)
        {
            visible = visible.Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled);
        }

        var total = await visible.CountAsync(cancellationToken).ConfigureAwait(false);
        var units = db.Units;
        var items = await visible
            .OrderByDescending(p => p.UpdatedAt)
            .ThenBy(p => p.ReferenceNumber)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(p => new PlanListItem(
                p.Id,
                p.ReferenceNumber,
                p.Person.FullName,
                p.Status,
                units.Where(u => u.Id == p.Origin.InitiatingUnitId).Select(u => u.Name).First(),
                p.FirstMeetingDueOn,
                p.FollowUps.Where(f => f.DoneAt == null).Min(f => (DateOnly?)f.DueOn),
                p.UpdatedAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PlanPage(items, query.Page, query.PageSize, total);
    }
}

/// <summary>
/// The plan access rule of <see cref="SipPlan.IsVisibleTo"/> as a query, for lists: the initiating
/// unit, or a participating unit (not declined) whose organisation the active consent covers.
/// </summary>
public static class VisiblePlans
{
    public static async Task<IQueryable<SipPlan>> ForAsync(ISipDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var unitIds = user.UnitIds.ToList();
        var organizationIds = await db.Units.AsNoTracking()
            .Where(u => unitIds.Contains(u.Id))
            .Select(u => u.OrganizationId)
            .Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return db.Plans.AsNoTracking().Where(p =>
            unitIds.Contains(p.Origin.InitiatingUnitId)
            || (p.Participants.Any(x => x.UnitId != null && unitIds.Contains(x.UnitId.Value) && x.State != InvitationState.Declined)
                && p.Consents.Any(c => c.WithdrawnAt == null && c.SupersededAt == null && c.ScopeOrganizationIds.Any(o => organizationIds.Contains(o)))));
    }
}
