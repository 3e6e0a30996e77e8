using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Domain.Plans;

namespace Sip.Application.Features.Audit;

/// <summary>What a SIP-stödjare audits an open plan for: the gaps that leave a person between two organisations.</summary>
public enum AuditFinding
{
    /// <summary>No unit holds the overall responsibility yet.</summary>
    NoOverallResponsible,

    /// <summary>No consent in force: nothing may be shared.</summary>
    NoConsent,

    /// <summary>No meeting held or booked by the county's first-meeting deadline.</summary>
    NoMeetingWithinPolicy,

    /// <summary>Insatser proposed but not yet accepted or rejected by their unit.</summary>
    ActionsAwaitingAcceptance,

    /// <summary>Rule 22: a granted municipal insats not started within three months (ej verkställt beslut).</summary>
    ActionsNotExecuted,

    /// <summary>Rule 27b: an LVM placement whose checklist is still open after the placement day.</summary>
    LvmChecklistOpen,
}

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
        var area = await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => u.AreaOrganizationId).SingleOrDefaultAsync(cancellationToken)
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
            db.Plans.AsNoTracking().Where(p => p.Origin.InitiatingOrganizationId == area || EF.Parameter(startedElsewhere).Contains(p.Id)),
            started.Union(db.Plans.Where(p => EF.Parameter(startedElsewhere).Contains(p.Id)).Select(p => p.Id)));
    }

    public static IQueryable<SipPlan> Open(this IQueryable<SipPlan> plans) =>
        plans.Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled);

    /// <summary>The open plans with the finding, by the same rule the dashboard counts and the drill-down lists.</summary>
    public static IQueryable<SipPlan> With(this IQueryable<SipPlan> plans, AuditFinding finding, DateOnly today) =>
        plans.Open().Where(Rule(finding, today));

    /// <summary>Whether an open plan has the finding: the one rule both the counts and the drill-down use.</summary>
    public static Expression<Func<SipPlan, bool>> Rule(AuditFinding finding, DateOnly today) => finding switch
    {
        AuditFinding.NoOverallResponsible => p => p.OverallResponsibleUnitId == null,
        AuditFinding.NoConsent => p => !p.Consents.Any(c => c.WithdrawnAt == null && c.SupersededAt == null),
        AuditFinding.NoMeetingWithinPolicy => HeldNotBooked.FirstMeetingMissed(today),
        AuditFinding.ActionsNotExecuted => NotExecuted(today),
        AuditFinding.LvmChecklistOpen => SipPlan.LvmChecklistOverdueAsOf(today),
        _ => p => p.Actions.Any(a => a.Status == ActionStatus.Proposed),
    };

    /// <summary>Rule 22 as the plan itself asks it (<see cref="PlanAction.NotExecutedAsOf"/>).</summary>
    private static Expression<Func<SipPlan, bool>> NotExecuted(DateOnly today)
    {
        var notExecuted = PlanAction.NotExecutedAsOf(today);
        return p => p.Actions.AsQueryable().Any(notExecuted);
    }
}
