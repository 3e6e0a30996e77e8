using Sip.Domain.Common;
using Sip.Domain.Organizations;
using Sip.Domain.Plans;
using Sip.Domain.Users;

namespace Sip.Domain.Tests.Rules;

/// <summary>
/// Placements, the ansvarsförbindelse and disagreements (domain brief §6–§7; rules 7, 9 and 11):
/// where plans most often stall between the two principals.
/// </summary>
public sealed class PlacementRuleTests
{
    private readonly World _w = new();

    private SipPlan Placed(bool acute = true)
    {
        var plan = _w.WithConsent(_w.Start());
        var clinic = plan.InviteUnit(_w.Clinic, _w.Policy, World.Now);
        plan.AcceptInvitation(clinic.Id, _w.Nurse, World.Now);
        plan.RegisterPlacement(
            new HvbPlacement(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), acute, precededBySip: false, _w.Policy, _w.Kommun.Id),
            World.Now);
        return plan;
    }

    [Fact]
    public void Rule09_the_cost_allocation_is_settled_when_a_manager_of_each_principal_has_agreed()
    {
        var plan = Placed();
        plan.ProposeCostAllocation(CostShareKind.Percent, 60, 40, "Behandling är hälso- och sjukvård.", _w.Social.Id, World.Now);

        plan.AgreeCostAllocation(OrganizationKind.Municipality, World.Manager(_w.Social, "Helena Sandberg", "Enhetschef"), World.Now);
        Assert.Equal((CostAllocationState.Proposed, (DateOnly?)null),
            (plan.CurrentCostAllocation!.State, plan.Placement!.CostAllocationSettledOn));
        plan.AgreeCostAllocation(OrganizationKind.Region, World.Manager(_w.Clinic, "Per Åberg", "Verksamhetschef"), World.Now.AddDays(2));

        Assert.Equal(CostAllocationState.Agreed, plan.CurrentCostAllocation!.State);
        Assert.Equal(new DateOnly(2026, 11, 25), plan.Placement!.CostAllocationSettledOn);
        Assert.Equal(("Per Åberg", "Verksamhetschef"),
            (plan.CurrentCostAllocation.RegionSignatory, plan.CurrentCostAllocation.RegionSignatoryTitle));
        Fails(PlanErrors.CostAllocationAgreed,
            () => plan.ProposeCostAllocation(CostShareKind.Percent, 50, 50, "Omprövning.", _w.Social.Id, World.Now));
    }

    [Fact]
    public void Rule09_one_side_agrees_once_and_only_the_principals_agree()
    {
        var plan = Placed();
        plan.ProposeCostAllocation(CostShareKind.AmountPerDay, 2500, 1800, "Dygnskostnad enligt avtal med HVB.", _w.Social.Id, World.Now);
        plan.AgreeCostAllocation(OrganizationKind.Municipality, World.Manager(_w.Social, "Helena Sandberg", "Enhetschef"), World.Now);

        var another = World.Manager(_w.Social, "Någon Annan", "Chef");
        Fails(PlanErrors.CostAlreadyAgreedBySide, () => plan.AgreeCostAllocation(OrganizationKind.Municipality, another, World.Now));
        Fails(PlanErrors.CostSideMustBePrincipal, () => plan.AgreeCostAllocation(OrganizationKind.OtherActor, another, World.Now));
    }

    // Rule 26 (001: the ansvarsförbindelse is agreed "på chefsnivå"): the signed-in user must be marked chef;
    // a name typed by anyone no longer counts, and the account's name and title are what the document shows.
    [Fact]
    public void Rule26_the_ansvarsforbindelse_is_agreed_by_a_signed_in_manager_and_never_by_a_typed_name()
    {
        var plan = Placed();
        plan.ProposeCostAllocation(CostShareKind.Percent, 60, 40, "Behandling är hälso- och sjukvård.", _w.Social.Id, World.Now);
        var socialWorker = new UserAccount(
            Guid.NewGuid(), "anna", "Anna Lindqvist", UserRole.SocialWorker, [_w.Social.Id], title: "Socialsekreterare");
        var formerManager = new UserAccount(
            Guid.NewGuid(), "helena", "Helena Sandberg", UserRole.SocialWorker, [_w.Social.Id], isManager: true);
        formerManager.Change("Helena Sandberg", null, null, UserRole.SocialWorker, [_w.Social.Id], null, isActive: false, isManager: true);

        Fails(PlanErrors.CostSignatoryNotManager, () => CostSignatory.Manager(socialWorker));
        Fails(PlanErrors.CostSignatoryNotManager, () => CostSignatory.Manager(formerManager));

        var manager = new UserAccount(Guid.NewGuid(), "per", "Per Åberg", UserRole.HealthcareStaff, [_w.Clinic.Id], isManager: true);
        plan.AgreeCostAllocation(OrganizationKind.Region, CostSignatory.Manager(manager), World.Now);
        var agreed = plan.CurrentCostAllocation!;
        Assert.Equal(
            (manager.Id, "Per Åberg", "Chef"), (agreed.RegionSignatoryUserId!.Value, agreed.RegionSignatory, agreed.RegionSignatoryTitle));
        Assert.Null(agreed.MunicipalitySignatoryUserId);
    }

    [Theory]
    [InlineData(CostShareKind.Percent, 60, 30)]
    [InlineData(CostShareKind.Percent, 120, -20)]
    [InlineData(CostShareKind.AmountPerMonth, 0, 0)]
    public void Shares_must_make_sense(CostShareKind kind, int municipality, int region)
    {
        var plan = Placed();

        Fails(PlanErrors.CostSharesInvalid,
            () => plan.ProposeCostAllocation(kind, municipality, region, "Underlag.", _w.Social.Id, World.Now));
    }

    [Fact]
    public void There_is_nothing_to_share_before_a_placement_and_nothing_without_a_basis()
    {
        var plan = _w.WithConsent(_w.Start());
        Fails(PlanErrors.PlacementRequired,
            () => plan.ProposeCostAllocation(CostShareKind.Percent, 50, 50, "Underlag.", _w.Social.Id, World.Now));

        plan = Placed();
        Fails(PlanErrors.CostBasisRequired, () => plan.ProposeCostAllocation(CostShareKind.Percent, 50, 50, " ", _w.Social.Id, World.Now));
    }

    [Fact]
    public void Rule07_cost_responsibility_cannot_be_refused_because_the_placement_already_happened()
    {
        var plan = Placed();
        plan.ProposeCostAllocation(CostShareKind.Percent, 30, 70, "Vårdtyngd.", _w.Social.Id, World.Now);

        Fails(PlanErrors.CostRefusedBecausePlaced, () => plan.DisputeCostAllocation(
            _w.Clinic.Id, _w.Kommun, CostDisputeGround.PlacementAlreadyMade, "Placeringen är redan gjord.", _w.Policy, World.Now));

        Assert.Equal(CostAllocationState.Proposed, plan.CurrentCostAllocation!.State);
        Assert.Empty(plan.Deviations);
    }

    [Fact]
    public void Rule11_a_disputed_allocation_becomes_a_cost_deviation_and_the_plan_goes_on()
    {
        var plan = Placed();
        plan.ProposeCostAllocation(CostShareKind.Percent, 30, 70, "Vårdtyngd.", _w.Social.Id, World.Now);

        var deviation = plan.DisputeCostAllocation(
            _w.Clinic.Id, _w.Kommun, CostDisputeGround.SharesOrBasis, "Behandlingsandelen är för hög.", _w.Policy, World.Now);

        Assert.Equal(CostAllocationState.Disputed, plan.CurrentCostAllocation!.State);
        Assert.True(deviation.IsCostDispute);
        Assert.Equal((_w.Clinic.Id, _w.Kommun.Id, EscalationLevel.ManagerDialogue),
            (deviation.RaisedByUnitId, deviation.CounterpartOrganizationId, deviation.Level));
        var laro = plan.ProposeAction(World.Type("region.laro"), _w.Clinic, null, "LARO", new DateOnly(2026, 12, 1), null, _w.SocialWorker,
            _w.Policy, World.Now);
        Assert.Equal(ActionStatus.Proposed, laro.Status);
        var again = plan.ProposeCostAllocation(CostShareKind.Percent, 50, 50, "Kompromiss efter dialog mellan cheferna.", _w.Social.Id,
            World.Now);
        Assert.Same(again, plan.CurrentCostAllocation);
        Assert.Equal(2, plan.CostAllocations.Count);
    }

    [Fact]
    public void Rule11_each_escalation_step_has_ten_working_days_and_easter_does_not_count()
    {
        var plan = Placed();
        // Raised on Wednesday 24 March 2027: Good Friday and Easter Monday fall inside the step.
        var raisedAt = new DateTimeOffset(2027, 3, 24, 9, 0, 0, TimeSpan.FromHours(1));
        var deviation = plan.RaiseDeviation(
            _w.Social.Id, _w.Region, "Oenighet om vem som ansvarar för abstinensbehandlingen.", isCostDispute: false, _w.Policy, raisedAt);
        Assert.Equal(new DateOnly(2027, 4, 9), deviation.StepDueOn);

        plan.EscalateDeviation(deviation.Id, null, _w.Policy, new DateTimeOffset(2027, 4, 12, 9, 0, 0, TimeSpan.FromHours(2)));
        Assert.Equal((EscalationLevel.CountyArena, new DateOnly(2027, 4, 26)), (deviation.Level, deviation.StepDueOn));

        plan.EscalateDeviation(deviation.Id, null, _w.Policy, new DateTimeOffset(2027, 4, 27, 9, 0, 0, TimeSpan.FromHours(2)));
        Assert.Equal((EscalationLevel.Court, (DateOnly?)null), (deviation.Level, deviation.StepDueOn));
    }

    [Fact]
    public void A_principal_marks_only_its_own_insatser_social_or_medical()
    {
        var plan = Placed();
        var laro = plan.ProposeAction(World.Type("region.laro"), _w.Clinic, null, "LARO", new DateOnly(2026, 12, 1), null, _w.SocialWorker,
            _w.Policy, World.Now);

        Fails(PlanErrors.ActionNatureByPrincipal, () => plan.ClassifyAction(laro.Id, ActionNature.Social, _w.Social, World.Now));
        plan.ClassifyAction(laro.Id, ActionNature.Medical, _w.Clinic, World.Now);

        Assert.Equal(ActionNature.Medical, laro.Nature);
    }

    [Fact]
    public void Feedback_goes_to_a_unit_taking_part_which_answers_the_person_within_ten_working_days()
    {
        var plan = Placed();
        Fails(
            PlanErrors.FeedbackUnitNotParticipating,
            () => plan.RecordFeedback(
                FeedbackKind.Complaint, "Ingen har ringt.", new DateOnly(2026, 12, 17), _w.HealthCentre.Id, _w.SocialWorker, _w.Policy,
                World.Now));

        // Received Thursday 17 December: Christmas, New Year and Epiphany do not count.
        var feedback = plan.RecordFeedback(
            FeedbackKind.Complaint, "Ingen har ringt.", new DateOnly(2026, 12, 17), _w.Clinic.Id, _w.SocialWorker, _w.Policy, World.Now);
        Assert.Equal(new DateOnly(2027, 1, 7), feedback.RespondBy);

        Fails(PlanErrors.FeedbackNotFound, () => plan.AnswerFeedback(feedback.Id, _w.Social.Id, "Vi ringde.", World.Now));
        plan.AnswerFeedback(feedback.Id, _w.Clinic.Id, "Sjuksköterskan ringde och bokade tid.", World.Now);
        Assert.NotNull(feedback.AnsweredAt);
        Fails(PlanErrors.FeedbackAnswered, () => plan.AnswerFeedback(feedback.Id, _w.Clinic.Id, "Igen.", World.Now));
    }

    private static void Fails(string code, Action act) => Assert.Equal(code, Assert.Throws<DomainException>(act).Code);
}
