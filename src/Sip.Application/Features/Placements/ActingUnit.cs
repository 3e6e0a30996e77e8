using Sip.Domain.Organizations;

namespace Sip.Application.Features.Placements;

/// <summary>
/// The unit a user acts for on a plan: one of their own units taking part in it (or that started
/// it) — for the cost of a placement, one that belongs to the municipality or the region.
/// </summary>
internal static class ActingUnit
{
    public static async Task<OrganizationUnit> PrincipalAsync(
        ISipDbContext db, ICurrentUser user, SipPlan plan, CancellationToken cancellationToken) =>
        (await OnPlanAsync(db, user, plan, cancellationToken)).FirstOrDefault(u => u.BelongsToPrincipal)
        ?? throw new ForbiddenException("Du företräder ingen av kommunens eller regionens enheter i planen.");

    /// <summary>Any of the user's units taking part in the plan (or that started it), principals' units first.</summary>
    public static async Task<OrganizationUnit> ParticipantAsync(
        ISipDbContext db, ICurrentUser user, SipPlan plan, CancellationToken cancellationToken) =>
        (await OnPlanAsync(db, user, plan, cancellationToken)).OrderByDescending(u => u.BelongsToPrincipal).FirstOrDefault()
        ?? throw new ForbiddenException("Ingen av dina enheter deltar i planen.");

    private static async Task<List<OrganizationUnit>> OnPlanAsync(
        ISipDbContext db, ICurrentUser user, SipPlan plan, CancellationToken cancellationToken)
    {
        var mine = user.UnitIds.ToList();
        var onPlan = plan.Participants.Where(p => p.UnitId is not null && p.TakesPart).Select(p => p.UnitId!.Value)
            .Append(plan.Origin.InitiatingUnitId).ToHashSet();
        var units = await db.Units.AsNoTracking().Where(u => mine.Contains(u.Id)).ToListAsync(cancellationToken);
        return [.. units.Where(u => onPlan.Contains(u.Id))];
    }

    /// <summary>The other principal's organisation taking part in the plan, for a dispute between the two.</summary>
    public static async Task<Organization> OtherPrincipalAsync(
        ISipDbContext db, SipPlan plan, OrganizationKind mine, CancellationToken cancellationToken)
    {
        var organizations = plan.Participants.Where(p => p.OrganizationId is not null && p.TakesPart).Select(p => p.OrganizationId!.Value)
            .Append(plan.Origin.InitiatingOrganizationId).Distinct().ToList();
        var wanted = mine == OrganizationKind.Region ? OrganizationKind.Municipality : OrganizationKind.Region;
        return await db.Organizations.AsNoTracking()
                .Where(o => organizations.Contains(o.Id) && o.Kind == wanted)
                .OrderBy(o => o.Name)
                .FirstOrDefaultAsync(cancellationToken)
            ?? throw new Sip.Domain.Common.DomainException(
                PlanErrors.DeviationCounterpartMustBePrincipal, "Den andra huvudmannen deltar inte i planen ännu.");
    }
}
