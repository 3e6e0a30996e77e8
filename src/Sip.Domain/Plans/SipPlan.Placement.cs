using Sip.Domain.Actions;
using Sip.Domain.Common;
using Sip.Domain.Organizations;
using Sip.Domain.Policies;

namespace Sip.Domain.Plans;

public sealed partial class SipPlan
{
    /// <summary>The placement may be registered after the start; its deadlines follow rules 8 and 9.</summary>
    public void RegisterPlacement(HvbPlacement placement, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(placement);
        EnsureOpen();
        EnsureLegalBasisFitsAge(placement);
        Placement = KeepRecordedSteps(placement);
        if (Status is PlanStatus.Draft or PlanStatus.Invited && placement.SipMeetingDueOn is { } due && due < FirstMeetingDueOn)
        {
            FirstMeetingDueOn = due;
        }

        Touch(now);
    }

    public CostAllocation? CurrentCostAllocation => _costAllocations.LastOrDefault(c => c.IsCurrent);

    /// <summary>
    /// Before or at a placement the principals mark which insatser are social and which medical;
    /// each marks those of its own principal, as it knows them.
    /// </summary>
    public void ClassifyAction(Guid actionId, ActionNature nature, OrganizationUnit byUnit, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(byUnit);
        EnsureOpen();
        var action = _actions.FirstOrDefault(a => a.Id == actionId)
            ?? throw new DomainException(PlanErrors.ActionNotFound, "Insatsen finns inte i planen.");
        if (byUnit.ActsForPrincipal is not { } principal || PrincipalOf(principal) != action.Principal)
        {
            throw new DomainException(
                PlanErrors.ActionNatureByPrincipal, "Insatsen markeras som social eller medicinsk av sin egen huvudman.");
        }

        action.Classify(nature);
        Touch(now);
    }

    /// <summary>Proposes how the cost of the placement is shared; a proposal not yet agreed gives way to the new one.</summary>
    public CostAllocation ProposeCostAllocation(
        CostShareKind shareKind, decimal municipalityShare, decimal regionShare, string basis, Guid proposedByUnitId, DateTimeOffset now)
    {
        EnsureOpen();
        if (Placement is null)
        {
            throw new DomainException(PlanErrors.PlacementRequired, "Registrera placeringen innan kostnaden fördelas.");
        }

        var proposal = new CostAllocation(Guid.CreateVersion7(), shareKind, municipalityShare, regionShare, basis, proposedByUnitId, now);
        CurrentCostAllocation?.Supersede(now);
        _costAllocations.Add(proposal);
        Touch(now);
        return proposal;
    }

    /// <summary>A manager of one principal agrees; once both have, the allocation is settled and no longer chased (rule 9).</summary>
    public void AgreeCostAllocation(OrganizationKind side, CostSignatory manager, DateTimeOffset now)
    {
        EnsureOpen();
        var current = CurrentCostAllocation ?? throw new DomainException(
            PlanErrors.CostAllocationNotOpen, "Det finns inget förslag till fördelning att godkänna.");
        ArgumentNullException.ThrowIfNull(manager);
        current.Agree(side, manager, now);
        if (current.State == CostAllocationState.Agreed && Placement is not null)
        {
            Placement = Placement with { CostAllocationSettledOn = Calendar.SwedishTime.Today(now) };
        }

        Touch(now);
    }

    /// <summary>
    /// One principal does not agree. Rule 7: never because the placement already happened. The
    /// disagreement becomes a cost dispute (avvikelse) against the other principal, and nothing else
    /// in the plan waits for it (rule 11).
    /// </summary>
    public Deviation DisputeCostAllocation(
        Guid byUnitId, Organization otherPrincipal, CostDisputeGround ground, string reason, CountyPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(otherPrincipal);
        EnsureOpen();
        var current = CurrentCostAllocation ?? throw new DomainException(
            PlanErrors.CostAllocationNotOpen, "Det finns inget förslag till fördelning att invända mot.");
        current.Dispute(ground, reason, now);
        return RaiseDeviation(byUnitId, otherPrincipal, $"Kostnadsfördelningen: {reason.Trim()}", isCostDispute: true, policy, now);
    }

    private static ResponsiblePrincipal PrincipalOf(OrganizationKind kind) =>
        kind == OrganizationKind.Region ? ResponsiblePrincipal.Region : ResponsiblePrincipal.Municipality;
}
