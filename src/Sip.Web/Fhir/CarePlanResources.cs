using Hl7.Fhir.Model;
using Sip.Application.Features.Plans;
using Sip.Domain.Actions;
using Sip.Domain.Plans;
using FhirTask = Hl7.Fhir.Model.Task;

namespace Sip.Web.Fhir;

/// <summary>
/// The plan itself: its needs, the person's goals, the insatser as activities, and a Task for each insats awaiting
/// its unit's answer.
/// </summary>
internal static class CarePlanResources
{
    /// <summary>
    /// A need becomes a Condition, as the social-needs guidance of HL7 models it, so that goals
    /// and insatser can point at the need they answer (CarePlan.addresses, activity.reasonReference).
    /// </summary>
    public static void AddNeeds(BundleEntries entries, PlanExport plan, ResourceReference patient)
    {
        foreach (var need in plan.Needs)
        {
            var condition = new Condition
            {
                ClinicalStatus = new CodeableConcept(FhirSystems.ConditionClinical, "active"),
                Category = [new CodeableConcept(FhirSystems.ConditionCategory, "problem-list-item")],
                Code = new CodeableConcept { Text = need.Description },
                Subject = patient,
            };
            entries.Add(need.Id, condition, need.Description);
        }
    }

    /// <summary>The person's own goals, in their own words, expressed by the person.</summary>
    public static ResourceReference? AddGoal(BundleEntries entries, PlanExport plan, ResourceReference patient)
    {
        if (string.IsNullOrWhiteSpace(plan.PersonGoals))
        {
            return null;
        }

        var goal = new Goal
        {
            LifecycleStatus = FhirStatuses.OfGoal(plan.Status),
            Description = new CodeableConcept { Text = plan.PersonGoals },
            Subject = patient,
            ExpressedBy = patient,
            Addresses = [.. plan.Needs.Select(n => entries.Reference(n.Id))],
        };
        return entries.Add("person-goals", goal);
    }

    public static ResourceReference AddCarePlan(
        BundleEntries entries, PlanExport plan, ResourceReference patient, ResourceReference careTeam, ResourceReference? goal,
        ResourceReference? placement)
    {
        var coordinator = plan.OverallResponsibleUnitId ?? plan.InitiatingUnitId;
        var carePlan = new CarePlan
        {
            Identifier =
            [
                new Identifier(FhirSystems.PlanReference, plan.ReferenceNumber) { Use = Identifier.IdentifierUse.Official },
                new Identifier(FhirSystems.Uri, $"urn:uuid:{plan.Id}"),
            ],
            Status = FhirStatuses.OfCarePlan(plan.Status),
            Intent = CarePlan.CarePlanIntent.Plan,
            Category = [new CodeableConcept(FhirSystems.Concepts, "sip", "Samordnad individuell plan")],
            Title = $"Samordnad individuell plan {plan.ReferenceNumber}",
            Description = plan.Reason,
            Subject = patient,
            Period = Period(plan),
            CreatedElement = new FhirDateTime(plan.CreatedAt),
            Author = entries.Reference(coordinator),
            Contributor =
            [
                patient,
                .. plan.Participants.Where(p => p.UnitId is not null && p.State == InvitationState.Accepted)
                    .Select(p => entries.Reference(p.UnitId!.Value, p.DisplayName)),
            ],
            CareTeam = [careTeam],
            Addresses = [.. plan.Needs.Select(n => entries.Reference(n.Id))],
            Goal = goal is null ? [] : [goal],
            Activity = [.. plan.Actions.Where(a => a.Status != ActionStatus.Rejected).Select(a => Activity(entries, plan, a))],
            SupportingInfo = placement is null ? [] : [placement],
        };
        return entries.Add(plan.Id, carePlan, carePlan.Title);
    }

    /// <summary>
    /// One Task per insats still waiting for its unit's answer: the unit is asked to approve its
    /// part of the plan. R4's Task has no answer-by date, so the acceptance deadline is the end of
    /// the period in which fulfilment — here, the answer — is sought.
    /// </summary>
    public static void AddTasks(BundleEntries entries, PlanExport plan, ResourceReference patient, ResourceReference carePlan)
    {
        foreach (var action in plan.Actions.Where(a => a.Status == ActionStatus.Proposed))
        {
            var task = new FhirTask
            {
                Identifier = [new Identifier(FhirSystems.Uri, $"urn:uuid:{action.Id}")],
                Status = FhirTask.TaskStatus.Requested,
                Intent = FhirTask.TaskIntent.Order,
                Code = new CodeableConcept(FhirSystems.TaskCode, "approve", "Activate/approve the focal resource", "Acceptera insatsen"),
                Description = action.Description,
                Focus = carePlan,
                For = patient,
                AuthoredOnElement = new FhirDateTime(action.ProposedAt),
                Requester = entries.Reference(plan.OverallResponsibleUnitId ?? plan.InitiatingUnitId),
                Owner = entries.Reference(action.OwningUnitId, plan.Unit(action.OwningUnitId)?.Name),
                Restriction = new FhirTask.RestrictionComponent { Period = new Period { End = Date(action.AcceptBy) } },
                Input =
                [
                    new FhirTask.ParameterComponent
                    {
                        Type = new CodeableConcept(FhirSystems.Concepts, "action-type"), Value = ActionType(action),
                    },
                ],
            };
            entries.Add(action.Id, task);
        }
    }

    private static CarePlan.ActivityComponent Activity(BundleEntries entries, PlanExport plan, PlanExport.ActionItem action)
    {
        var detail = new CarePlan.DetailComponent
        {
            Kind = CarePlan.CarePlanActivityKind.ServiceRequest,
            Code = ActionType(action),
            Status = FhirStatuses.OfActivity(action.Status),
            Description = action.Description,
            Performer = [entries.Reference(action.OwningUnitId, plan.Unit(action.OwningUnitId)?.Name)],
        };
        if (action.StartOn is not null || action.DueOn is not null)
        {
            detail.Scheduled = new Period
            {
                Start = action.StartOn is { } start ? Date(start) : null,
                End = action.DueOn is { } due ? Date(due) : null,
            };
        }

        if (action.NeedId is { } needId && entries.Contains(needId))
        {
            detail.ReasonReference.Add(entries.Reference(needId));
        }

        return new CarePlan.ActivityComponent { Detail = detail };
    }

    private static CodeableConcept ActionType(PlanExport.ActionItem action) =>
        new(FhirSystems.ActionType, action.ActionTypeCode, ActionTypeCatalog.Find(action.ActionTypeCode)?.Name, null);

    /// <summary>In force from the first establishment until the plan was closed or cancelled.</summary>
    private static Period? Period(PlanExport plan)
    {
        if (plan.FirstEstablishedAt is null && plan.ClosedAt is null)
        {
            return null;
        }

        return new Period
        {
            StartElement = plan.FirstEstablishedAt is { } start ? new FhirDateTime(start) : null,
            EndElement = plan.ClosedAt is { } end ? new FhirDateTime(end) : null,
        };
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
