using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Domain.Organizations;
using Sip.Domain.Plans;

namespace Sip.Application.Features.Placements;

/// <summary>
/// The unit a user acts for on a plan when they speak for their principal: one of their own units
/// that belongs to the municipality or the region and takes part in the plan (or started it).
/// </summary>
internal static class ActingUnit
{
    public static async Task<OrganizationUnit> PrincipalAsync(ISipDbContext db, ICurrentUser user, SipPlan plan, CancellationToken cancellationToken)
    {
        var mine = user.UnitIds.ToList();
        var onPlan = plan.Participants.Where(p => p.UnitId is not null && p.State != InvitationState.Declined).Select(p => p.UnitId!.Value).Append(plan.Origin.InitiatingUnitId).ToHashSet();
        var units = await db.Units.AsNoTracking().Where(u => mine.Contains(u.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return units.FirstOrDefault(u => u.BelongsToPrincipal && onPlan.Contains(u.Id))
            ?? throw new ForbiddenException("Du företräder ingen av kommunens eller regionens enheter i planen.");
    }

    /// <summary>The other principal's organisation taking part in the plan, for a dispute between the two.</summary>
    public static async Task<Organization> OtherPrincipalAsync(ISipDbContext db, SipPlan plan, OrganizationKind mine, CancellationToken cancellationToken)
    {
        var organizations = plan.Participants.Where(p => p.OrganizationId is not null && p.State != InvitationState.Declined).Select(p => p.OrganizationId!.Value)
            .Append(plan.Origin.InitiatingOrganizationId).Distinct().ToList();
        var wanted = mine == OrganizationKind.Region ? OrganizationKind.Municipality : OrganizationKind.Region;
        return await db.Organizations.AsNoTracking().Where(o => organizations.Contains(o.Id) && o.Kind == wanted).OrderBy(o => o.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new Sip.Domain.Common.DomainException(PlanErrors.DeviationCounterpartMustBePrincipal, "Den andra huvudmannen deltar inte i planen ännu.");
    }
}
