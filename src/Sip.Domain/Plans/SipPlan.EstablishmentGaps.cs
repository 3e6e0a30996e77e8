using Sip.Domain.Organizations;

namespace Sip.Domain.Plans;

/// <summary>What a plan lacks before it can be established or revised (rules 1–5, 12b, 12c, 17).</summary>
public sealed partial class SipPlan
{
    /// <summary>
    /// Every precondition of the domain brief the plan does not yet meet; empty means it can be established.
    /// <paramref name="unitOrganizationKinds"/>: whom each unit acts for (<see cref="OrganizationUnit.ActsForPrincipal"/>, rule 23).
    /// </summary>
    public IReadOnlyList<RuleViolation> EstablishmentGaps(
        IReadOnlyDictionary<Guid, OrganizationKind> unitOrganizationKinds, Establishment establishment)
    {
        ArgumentNullException.ThrowIfNull(unitOrganizationKinds);
        ArgumentNullException.ThrowIfNull(establishment);
        var gaps = new List<RuleViolation>();
        if (ActiveConsent is null)
        {
            gaps.Add(new(PlanErrors.ConsentRequired, "Det finns inget gällande samtycke från personen eller vårdnadshavarna."));
        }

        var acceptedUnits = _participants
            .Where(p => p is { IsUnit: true, State: InvitationState.Accepted })
            .Select(p => p.UnitId!.Value)
            .ToList();
        OrganizationKind? KindOf(Guid unit) => unitOrganizationKinds.TryGetValue(unit, out var k) ? k : null;
        if (!acceptedUnits.Any(u => KindOf(u) == OrganizationKind.Municipality)
            || !acceptedUnits.Any(u => KindOf(u) == OrganizationKind.Region))
        {
            gaps.Add(new(
                PlanErrors.BothPrincipalsRequired, "Minst en enhet från kommunen och en från regionen måste ha accepterat att delta."));
        }

        if (OverallResponsibleUnitId is null)
        {
            gaps.Add(new(PlanErrors.OverallResponsibleRequired, "Ange vilken huvudman som har det övergripande ansvaret för planen."));
        }

        var inPlan = _actions.Where(a => a.IsInPlan).ToList();
        if (inPlan.Count == 0)
        {
            gaps.Add(new(PlanErrors.ActionsRequired, "Planen måste ange vilka insatser som behövs."));
        }

        if (inPlan.Any(a => a.Status == ActionStatus.Proposed))
        {
            gaps.Add(new(
                PlanErrors.ActionAwaitingAcceptance,
                "Alla föreslagna insatser måste vara accepterade eller avvisade av ansvarig enhet."));
        }

        if (inPlan.Any(a => !acceptedUnits.Contains(a.OwningUnitId)))
        {
            gaps.Add(new(PlanErrors.ActionUnitNotParticipating, "Varje insats måste ägas av en enhet som deltar i planen."));
        }

        if (inPlan.Any(a => a.StartOn is null && a.DueOn is null))
        {
            gaps.Add(new(PlanErrors.ActionWithoutWhen, "Varje insats måste ange när den ska ske (start- eller slutdatum)."));
        }

        if (!establishment.PersonParticipated && string.IsNullOrWhiteSpace(establishment.PersonAbsenceReason))
        {
            gaps.Add(new(PlanErrors.PersonParticipationRequired, "Ange om personen deltog, och annars varför inte."));
        }

        if (!establishment.PersonApproved)
        {
            gaps.Add(new(PlanErrors.PersonApprovalRequired, "Planen gäller först när personen har godkänt den."));
        }

        if (!ReportOfConcernAssessedForNextVersion)
        {
            gaps.Add(new(
                PlanErrors.ReportOfConcernAssessmentRequired,
                "Barn finns i hushållet: dokumentera bedömningen av om en orosanmälan behövs för den här versionen av planen."));
        }

        return gaps;
    }
}
