using System.Linq.Expressions;
using Sip.Application.Features.Areas;

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

/// <summary>The audit findings of an area's open plans, as queries the database answers.</summary>
internal static class AuditFindings
{
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
