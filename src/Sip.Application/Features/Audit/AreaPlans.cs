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
}

/// <summary>The plans of a SIP-stödjare's area, and the audit findings, as queries the database answers.</summary>
internal static class AreaPlans
{
    private static readonly PlanStatus[] NotYetEstablished = [PlanStatus.Draft, PlanStatus.Invited];

    /// <summary>Plans started in the stödjare's organisation or in which it takes part.</summary>
    public static async Task<IQueryable<SipPlan>> ForAsync(ISipDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        var me = user.UserId;
        var area = await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => u.AreaOrganizationId).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new ForbiddenException("Du har inget uppföljningsområde.");

        // Two index-friendly sets joined by UNION rather than one OR, as for VisiblePlans: with OR
        // the database reads every plan (seconds at a million plans); each set alone starts from
        // an index on the organisation.
        var started = db.Plans.Where(p => p.Origin.InitiatingOrganizationId == area).Select(p => p.Id);
        var takingPart = db.Plans.SelectMany(p => p.Participants.Where(x => x.OrganizationId == area), (p, _) => p.Id);
        var inArea = started.Union(takingPart);
        return db.Plans.AsNoTracking().Where(p => inArea.Contains(p.Id));
    }

    public static IQueryable<SipPlan> Open(this IQueryable<SipPlan> plans) =>
        plans.Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled);

    /// <summary>The open plans with the finding, by the same rule the dashboard counts and the drill-down lists.</summary>
    public static IQueryable<SipPlan> With(this IQueryable<SipPlan> plans, AuditFinding finding, DateOnly today) => finding switch
    {
        AuditFinding.NoOverallResponsible => plans.Open().Where(p => p.OverallResponsibleUnitId == null),
        AuditFinding.NoConsent => plans.Open().Where(p => !p.Consents.Any(c => c.WithdrawnAt == null && c.SupersededAt == null)),
        AuditFinding.NoMeetingWithinPolicy => plans.Where(p => NotYetEstablished.Contains(p.Status) && p.FirstMeetingDueOn < today && !p.Meetings.Any(m => m.Status != MeetingStatus.Cancelled)),
        _ => plans.Open().Where(p => p.Actions.Any(a => a.Status == ActionStatus.Proposed)),
    };
}
