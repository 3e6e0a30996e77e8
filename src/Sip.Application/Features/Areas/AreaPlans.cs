namespace Sip.Application.Features.Areas;

/// <summary>
/// The plans of a SIP-stödjare's area, and the same plans as a set of ids: the form in which the
/// database meets them with rows it finds by an index of their own, such as passed deadlines.
/// </summary>
internal sealed record Area(IQueryable<SipPlan> Plans, IQueryable<Guid> PlanIds);

/// <summary>The plans of a SIP-stödjare's area, and the audit findings, as queries the database answers.</summary>
internal static class AreaPlans
{
    /// <summary>Plans started in the stödjare's organisation or in which it takes part.</summary>
    public static async Task<Area> ForAsync(ISipDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        var me = user.UserId;
        var area = await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => u.AreaOrganizationId)
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new ForbiddenException("Du har inget uppföljningsområde.");

        // The plans it takes part in that were started elsewhere are fetched first, as ids; the area
        // is then one OR the database answers from two indexes, reading each plan once. With the
        // participants as a subquery in the OR it would read every plan (seconds at a million
        // plans); as a UNION of ids it would look each plan of the area up again by its id.
        var started = db.Plans.Where(p => p.Origin.InitiatingOrganizationId == area).Select(p => p.Id);
        var startedElsewhere = await db.Participants
            .Where(x => x.OrganizationId == area)
            .Select(x => EF.Property<Guid>(x, "PlanId"))
            .Where(id => !started.Contains(id))
            .Distinct()
            .ToListAsync(cancellationToken);

        // One array parameter however many, where a parameter each could pass SQL Server's 2,100.
        return new Area(
            db.Plans.AsNoTracking()
                .Where(p => p.Origin.InitiatingOrganizationId == area || EF.Parameter(startedElsewhere).Contains(p.Id)),
            started.Union(db.Plans.Where(p => EF.Parameter(startedElsewhere).Contains(p.Id)).Select(p => p.Id)));
    }

    public static IQueryable<SipPlan> Open(this IQueryable<SipPlan> plans) =>
        plans.Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled);
}
