using Hl7.Fhir.Model;
using Sip.Domain.Plans;

namespace Sip.Web.Fhir;

/// <summary>How the plan's and the insatser's states read in FHIR R4's required value sets (docs/fhir.md).</summary>
internal static class FhirStatuses
{
    /// <summary>
    /// Until it is established the plan is being written (draft, also while the units are
    /// summoned); established is in force; closed has run its course; cancelled was ended before it
    /// was ever established, which R4 calls revoked.
    /// </summary>
    public static RequestStatus OfCarePlan(PlanStatus status) => status switch
    {
        PlanStatus.Draft or PlanStatus.Invited => RequestStatus.Draft,
        PlanStatus.Established => RequestStatus.Active,
        PlanStatus.Closed => RequestStatus.Completed,
        PlanStatus.Cancelled => RequestStatus.Revoked,
        _ => RequestStatus.Unknown,
    };

    /// <summary>The team coordinates from the start until the plan is closed or cancelled.</summary>
    public static CareTeam.CareTeamStatus OfCareTeam(PlanStatus status) =>
        status is PlanStatus.Closed or PlanStatus.Cancelled ? CareTeam.CareTeamStatus.Inactive : CareTeam.CareTeamStatus.Active;

    /// <summary>The person's goals are proposed until the plan is established, and end with it.</summary>
    public static Goal.GoalLifecycleStatus OfGoal(PlanStatus status) => status switch
    {
        PlanStatus.Draft or PlanStatus.Invited => Goal.GoalLifecycleStatus.Proposed,
        PlanStatus.Established => Goal.GoalLifecycleStatus.Active,
        PlanStatus.Closed => Goal.GoalLifecycleStatus.Completed,
        _ => Goal.GoalLifecycleStatus.Cancelled,
    };

    /// <summary>
    /// Proposed waits for the owning unit's answer; accepted is agreed but not started; rejected
    /// insatser are not exported at all, as they are not part of the plan the person receives.
    /// </summary>
    public static CarePlan.CarePlanActivityStatus OfActivity(ActionStatus status) => status switch
    {
        ActionStatus.Proposed => CarePlan.CarePlanActivityStatus.NotStarted,
        ActionStatus.Accepted => CarePlan.CarePlanActivityStatus.Scheduled,
        ActionStatus.Ongoing => CarePlan.CarePlanActivityStatus.InProgress,
        ActionStatus.Completed => CarePlan.CarePlanActivityStatus.Completed,
        ActionStatus.Discontinued => CarePlan.CarePlanActivityStatus.Stopped,
        _ => CarePlan.CarePlanActivityStatus.Cancelled,
    };
}
