using Sip.Domain.Common;
using Sip.Domain.Plans;

namespace Sip.Domain.Tests.Rules;

/// <summary>
/// Rule 26b (001: "Beslut kan fattas enligt Socialtjanstlagen och socialtjanstens tvangslagstiftning"; the yearly
/// follow-up's "volymer, motiv, samt vard och behandlingsinnehall"; "remitteras till den region dar HVB-hemmet ar
/// belaget") and rule 27 (000: "aligger det halso- och sjukvarden att genast anmala"; 001 2.7, 6 § LVM).
/// </summary>
public sealed class PlacementDetailsRuleTests
{
    private static readonly DateOnly Decided = new(2026, 11, 20);
    private readonly World _w = new();

    private SipPlan Plan(string identityNumber = "19850314-9828")
    {
        var plan = _w.WithConsent(_w.Start(identityNumber));
        var clinic = plan.InviteUnit(_w.Clinic, _w.Policy, World.Now);
        plan.AcceptInvitation(clinic.Id, _w.Nurse, World.Now);
        return plan;
    }

    private HvbPlacement Placement(PlacementLegalBasis basis, PlacementMotive motive = PlacementMotive.SubstanceUse) =>
        new HvbPlacement(Decided, Decided, isAcute: false, precededBySip: true, _w.Policy, _w.Kommun.Id)
            .Describe(basis, motive, null, "Abstinensbehandling och återfallsprevention.");

    [Theory]
    [InlineData("19850314-9828", PlacementLegalBasis.Sol)]
    [InlineData("19850314-9828", PlacementLegalBasis.Lvm)]
    [InlineData("20090510-2380", PlacementLegalBasis.Lvu)]
    [InlineData("20081120-2381", PlacementLegalBasis.LvuYoungAdult)]
    [InlineData("20061121-2382", PlacementLegalBasis.LvuYoungAdult)]
    public void Rule26b_a_placement_carries_its_legal_basis_motive_and_care_content(string identityNumber, PlacementLegalBasis basis)
    {
        var plan = Plan(identityNumber);

        plan.RegisterPlacement(Placement(basis, PlacementMotive.CoOccurringMentalIllness), World.Now);

        var placement = plan.Placement!;
        Assert.Equal((basis, PlacementMotive.CoOccurringMentalIllness), (placement.LegalBasis!.Value, placement.Motive!.Value));
        Assert.Equal("Abstinensbehandling och återfallsprevention.", placement.CareContent);
    }

    [Theory]
    [InlineData("20010202-2381", PlacementLegalBasis.Lvu, PlanErrors.PlacementLvuAge)]
    [InlineData("20081120-2381", PlacementLegalBasis.Lvu, PlanErrors.PlacementLvuAge)]
    [InlineData("20010202-2381", PlacementLegalBasis.LvuYoungAdult, PlanErrors.PlacementLvuYoungAdultAge)]
    [InlineData("20061120-2383", PlacementLegalBasis.LvuYoungAdult, PlanErrors.PlacementLvuYoungAdultAge)]
    [InlineData("20090510-2380", PlacementLegalBasis.LvuYoungAdult, PlanErrors.PlacementLvuYoungAdultAge)]
    public void Rule26b_LVU_fits_the_age_on_the_decision_day(string identityNumber, PlacementLegalBasis basis, string code)
    {
        var plan = Plan(identityNumber);

        Fails(code, () => plan.RegisterPlacement(Placement(basis), World.Now));
        Assert.Null(plan.Placement);
    }

    [Fact]
    public void Rule26b_the_care_content_is_required_and_another_motive_is_described()
    {
        var bare = new HvbPlacement(Decided, Decided, isAcute: false, precededBySip: true, _w.Policy);

        Fails(
            PlanErrors.PlacementCareContentRequired, () => bare.Describe(PlacementLegalBasis.Sol, PlacementMotive.SubstanceUse, null, " "));
        Fails(
            PlanErrors.PlacementMotiveTextRequired,
            () => bare.Describe(PlacementLegalBasis.Sol, PlacementMotive.Other, " ", "Behandling."));
        var described = bare.Describe(PlacementLegalBasis.Sol, PlacementMotive.Other, " Våld i nära relation ", "Behandling.");
        Assert.Equal("Våld i nära relation", described.MotiveText);
    }

    [Fact]
    public void Rule26b_only_the_region_chooses_how_the_medical_part_is_given_and_the_choice_outlives_a_new_registration()
    {
        var plan = Plan();
        Fails(PlanErrors.PlacementRequired, () => plan.ChooseMedicalCare(MedicalCareChoice.OwnCare, _w.Clinic, World.Now));
        plan.RegisterPlacement(Placement(PlacementLegalBasis.Sol), World.Now);

        Fails(PlanErrors.PlacementMedicalCareByRegion, () => plan.ChooseMedicalCare(MedicalCareChoice.CareAtHome, _w.Social, World.Now));
        Assert.Null(plan.Placement!.MedicalCare);
        plan.ChooseMedicalCare(MedicalCareChoice.RemissToHostRegion, _w.Clinic, World.Now);
        plan.RegisterPlacement(Placement(PlacementLegalBasis.Sol, PlacementMotive.Gambling), World.Now);

        Assert.Equal(
            (MedicalCareChoice.RemissToHostRegion, _w.Clinic.Id),
            (plan.Placement!.MedicalCare!.Value, plan.Placement.MedicalCareChosenByUnitId!.Value));
    }

    [Fact]
    public void Rule27_under_LVM_the_checklist_is_open_until_the_notification_and_the_place_of_the_certificate_are_recorded()
    {
        var plan = Plan();
        plan.RegisterPlacement(Placement(PlacementLegalBasis.Lvm), World.Now);
        Assert.True(plan.Placement!.LvmChecklistOpen);

        Fails(PlanErrors.PlacementLvmNotificationIncomplete, () => plan.RecordLvmChecklist("Dr Berg", null, null, World.Now));
        Fails(PlanErrors.PlacementLvmNotificationIncomplete, () => plan.RecordLvmChecklist(null, null, " ", World.Now));
        plan.RecordLvmChecklist(" Dr Berg, Beroendemottagningen ", new DateOnly(2026, 11, 18), null, World.Now);
        Assert.True(plan.Placement!.LvmChecklistOpen);
        plan.RecordLvmChecklist(null, null, "Hälsocentralen Lit (primärvården)", World.Now);

        var placement = plan.Placement!;
        Assert.False(placement.LvmChecklistOpen);
        Assert.Equal(
            ("Dr Berg, Beroendemottagningen", new DateOnly(2026, 11, 18), "Hälsocentralen Lit (primärvården)"),
            (placement.LvmNotifiedBy, placement.LvmNotifiedOn!.Value, placement.LvmCertificateWrittenAt));
        plan.RegisterPlacement(Placement(PlacementLegalBasis.Lvm, PlacementMotive.OwnBehaviour), World.Now);
        Assert.False(plan.Placement!.LvmChecklistOpen);
    }

    [Fact]
    public void Rule27_the_LVM_checklist_belongs_to_an_LVM_placement_alone()
    {
        var plan = Plan();
        plan.RegisterPlacement(Placement(PlacementLegalBasis.Sol), World.Now);

        Assert.False(plan.Placement!.LvmChecklistOpen);
        Fails(
            PlanErrors.PlacementLvmChecklistNotLvm, () => plan.RecordLvmChecklist("Dr Berg", new DateOnly(2026, 11, 18), null, World.Now));
    }

    [Fact]
    public void Rule27b_an_open_LVM_checklist_is_overdue_from_the_day_after_the_placement_day_until_both_steps_are_recorded()
    {
        var plan = Plan();
        plan.RegisterPlacement(Placement(PlacementLegalBasis.Lvm), World.Now);
        Assert.Equal(Decided, plan.Placement!.LvmChecklistDueOn);
        Assert.False(plan.LvmChecklistOverdue(Decided));
        Assert.True(plan.LvmChecklistOverdue(Decided.AddDays(1)));
        Assert.True(SipPlan.LvmChecklistOverdueAsOf(Decided.AddDays(1)).Compile()(plan));

        plan.RecordLvmChecklist("Dr Berg", Decided, null, World.Now);
        Assert.True(plan.LvmChecklistOverdue(Decided.AddDays(1)));
        plan.RecordLvmChecklist(null, null, "Hälsocentralen Lit", World.Now);
        Assert.False(plan.LvmChecklistOverdue(Decided.AddDays(30)));
        Assert.False(SipPlan.LvmChecklistOverdueAsOf(Decided.AddDays(30)).Compile()(plan));

        var sol = Plan();
        sol.RegisterPlacement(Placement(PlacementLegalBasis.Sol), World.Now);
        Assert.Null(sol.Placement!.LvmChecklistDueOn);
        Assert.False(sol.LvmChecklistOverdue(Decided.AddDays(30)));

        var closed = Plan();
        closed.RegisterPlacement(Placement(PlacementLegalBasis.Lvm), World.Now);
        closed.Close(PlanCloseReason.PersonEnded, null, World.Now);
        Assert.False(closed.LvmChecklistOverdue(Decided.AddDays(30)));
    }

    private static void Fails(string code, Action act) => Assert.Equal(code, Assert.Throws<DomainException>(act).Code);
}
