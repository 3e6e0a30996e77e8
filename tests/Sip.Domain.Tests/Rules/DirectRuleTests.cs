using Sip.Domain.Actions;
using Sip.Domain.Common;
using Sip.Domain.Organizations;
using Sip.Domain.Plans;

namespace Sip.Domain.Tests.Rules;

/// <summary>
/// One test (or a few) per rule of the domain brief's "Implications for the system", named after
/// the rule; docs/rules.md maps each rule to its tests.
/// </summary>
public sealed class DirectRuleTests
{
    private readonly World _w = new();
    private static DateTimeOffset Now => World.Now;

    private static void Fails(string code, Action act) => Assert.Equal(code, Assert.Throws<DomainException>(act).Code);

    [Fact]
    public void Rule01_a_plan_cannot_be_established_without_consent()
    {
        var plan = _w.ReadyToEstablish();
        plan.WithdrawConsent("Personen ångrade sig.", Now);

        Fails(PlanErrors.ConsentRequired, () => plan.Establish(_w.Kinds, World.WithPerson, _w.SocialWorker, _w.Policy, Now));
        Assert.Equal(PlanStatus.Invited, plan.Status);
        Assert.Empty(plan.Versions);
    }

    [Fact]
    public void Rule01_with_consent_and_every_other_precondition_the_plan_is_established()
    {
        var plan = _w.ReadyToEstablish();

        var version = plan.Establish(_w.Kinds, World.WithPerson, _w.SocialWorker, _w.Policy, Now);

        Assert.Equal(PlanStatus.Established, plan.Status);
        Assert.Equal(1, version.Number);
    }

    [Fact]
    public void Rule02_each_action_names_its_responsible_principal_and_others_actions_stand_apart()
    {
        var plan = _w.ReadyToEstablish();
        var af = plan.InviteUnit(_w.AfOffice, _w.Policy, Now);
        plan.AcceptInvitation(af.Id, null, Now);
        var work = plan.ProposeAction(World.Type("other.arbetsformedlingen"), _w.AfOffice, null, "Arbetsträning",
            new DateOnly(2027, 1, 11), null, _w.SocialWorker, _w.Policy, Now);
        var relapse = plan.ProposeAction(World.Type("shared.aterfallsprevention"), _w.Clinic, null, "Återfallsprevention",
            new DateOnly(2026, 12, 7), null, _w.SocialWorker, _w.Policy, Now);

        Assert.Equal(ResponsiblePrincipal.Other, work.Principal);
        Assert.Equal(ResponsiblePrincipal.Region, relapse.Principal);
        Assert.Equal(ResponsiblePrincipal.Municipality, plan.Actions.Single(a => a.ActionTypeCode == "kommun.boendestod").Principal);
        Assert.All(plan.Actions, a => Assert.NotEqual(Guid.Empty, a.OwningUnitId));
    }

    [Fact]
    public void Rule02_an_action_cannot_be_given_to_a_unit_of_another_principal()
    {
        var plan = _w.ReadyToEstablish();

        Fails(PlanErrors.ActionPrincipalMismatch,
            () => plan.ProposeAction(World.Type("region.laro"), _w.Social, null, "LARO hos socialtjänsten", new DateOnly(2026, 12, 1),
                null, _w.SocialWorker, _w.Policy, Now));
        Fails(PlanErrors.ActionUnitNotParticipating,
            () => plan.ProposeAction(World.Type("region.laro"), _w.HealthCentre, null, "LARO", new DateOnly(2026, 12, 1), null,
                _w.SocialWorker, _w.Policy, Now));
    }

    [Fact]
    public void Rule03_the_plan_has_exactly_one_overall_responsible_and_it_is_a_principal()
    {
        var plan = _w.WithConsent(_w.Start());
        var af = plan.InviteUnit(_w.AfOffice, _w.Policy, Now);
        plan.AcceptInvitation(af.Id, null, Now);
        var clinic = plan.InviteUnit(_w.Clinic, _w.Policy, Now);

        Fails(PlanErrors.OverallResponsibleMustBePrincipal, () => plan.AssignOverallResponsibility(_w.AfOffice.Id, Now));
        Fails(PlanErrors.OverallResponsibleMustBePrincipal, () => plan.AssignOverallResponsibility(_w.Clinic.Id, Now));
        Assert.Contains(plan.EstablishmentGaps(_w.Kinds, World.WithPerson), g => g.Code == PlanErrors.OverallResponsibleRequired);

        plan.AcceptInvitation(clinic.Id, _w.Nurse, Now);
        plan.AssignOverallResponsibility(_w.Social.Id, Now);
        plan.AssignOverallResponsibility(_w.Clinic.Id, Now);
        Assert.Equal(_w.Clinic.Id, plan.OverallResponsibleUnitId);
    }

    [Fact]
    public void Rule04_a_plan_is_coordinated_between_an_accepted_municipal_and_regional_unit()
    {
        var plan = _w.WithConsent(_w.Start());
        var clinic = plan.InviteUnit(_w.Clinic, _w.Policy, Now);

        Assert.Contains(plan.EstablishmentGaps(_w.Kinds, World.WithPerson), g => g.Code == PlanErrors.BothPrincipalsRequired);

        plan.AcceptInvitation(clinic.Id, _w.Nurse, Now);
        Assert.DoesNotContain(plan.EstablishmentGaps(_w.Kinds, World.WithPerson), g => g.Code == PlanErrors.BothPrincipalsRequired);
    }

    [Fact]
    public void Rule05_the_plan_records_whether_the_person_took_part()
    {
        var plan = _w.ReadyToEstablish();

        Fails(PlanErrors.PersonParticipationRequired,
            () => plan.Establish(_w.Kinds, new Establishment(false, null, true, null), _w.SocialWorker, _w.Policy, Now));
        var version = plan.Establish(_w.Kinds, new Establishment(false, "Inlagd på sjukhus; har godkänt planen i efterhand.", true, null),
            _w.SocialWorker, _w.Policy, Now);

        Assert.False(version.PersonParticipated);
        Assert.Equal("Inlagd på sjukhus; har godkänt planen i efterhand.", version.PersonAbsenceReason);
    }

    [Fact]
    public void Rule06_next_of_kin_take_part_only_if_the_person_does_not_object()
    {
        var refused = _w.WithConsent(_w.Start(), nextOfKin: false);
        Fails(PlanErrors.NextOfKinNotAllowed, () => refused.InvitePerson(ParticipantKind.NextOfKin, "Birgitta", "mamma", Now));

        var allowed = _w.WithConsent(_w.Start(), nextOfKin: true);
        var mother = allowed.InvitePerson(ParticipantKind.NextOfKin, "Birgitta", "mamma", Now);
        Assert.Equal(ParticipantKind.NextOfKin, mother.Kind);
    }

    [Fact]
    public void Rule07_a_principals_unit_cannot_decline_an_invitation()
    {
        var plan = _w.WithConsent(_w.Start());
        var clinic = plan.InviteUnit(_w.Clinic, _w.Policy, Now);

        Assert.True(clinic.IsObliged);
        Fails(PlanErrors.PrincipalCannotDecline, () => plan.DeclineInvitation(clinic.Id, _w.Nurse, "Placeringen har redan skett.", Now));
        Assert.Equal(InvitationState.Invited, clinic.State);
    }

    [Fact]
    public void Rule07_another_actor_may_decline_but_only_with_a_reason()
    {
        var plan = _w.WithConsent(_w.Start());
        var af = plan.InviteUnit(_w.AfOffice, _w.Policy, Now);

        Fails(PlanErrors.DeclineReasonRequired, () => plan.DeclineInvitation(af.Id, null, " ", Now));
        plan.DeclineInvitation(af.Id, null, "Personen är inte inskriven hos oss.", Now);
        Assert.Equal(InvitationState.Declined, af.State);
    }

    [Fact]
    public void Rule08_after_a_placement_without_prior_sip_a_meeting_is_due_within_7_days()
    {
        var placement = new HvbPlacement(new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 20), isAcute: false, precededBySip: false,
            _w.Policy);
        var plan = _w.Start(placement: placement);

        Assert.Equal(new DateOnly(2026, 11, 27), placement.SipMeetingDueOn);
        Assert.Equal(new DateOnly(2026, 11, 27), plan.FirstMeetingDueOn);
        Assert.Null(new HvbPlacement(new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 20), false, precededBySip: true,
            _w.Policy).SipMeetingDueOn);
    }

    [Fact]
    public void Rule09_after_an_acute_placement_cost_allocation_is_due_within_10_working_days()
    {
        // Decision on Thursday 17 December 2026: Christmas, New Year and Epiphany are not working days.
        var acute = new HvbPlacement(new DateOnly(2026, 12, 17), new DateOnly(2026, 12, 17), isAcute: true, precededBySip: false,
            _w.Policy);
        var planned = new HvbPlacement(new DateOnly(2026, 12, 17), new DateOnly(2027, 1, 4), isAcute: false, precededBySip: true,
            _w.Policy);

        Assert.Equal(new DateOnly(2027, 1, 7), acute.CostAllocationDueOn);
        Assert.Null(planned.CostAllocationDueOn);
    }

    [Fact]
    public void Rule10_any_employee_of_either_principal_or_a_contracted_provider_can_initiate()
    {
        var provider = new Organization(Guid.NewGuid(), "Vårdbolaget AB", OrganizationKind.ContractedProvider,
            contractingPrincipalId: _w.Region.Id);
        var providerUnit = new OrganizationUnit(
            Guid.NewGuid(), provider, "Vårdbolagets mottagning", UnitKind.PsychiatryAndDependence, null, null, _w.Region);

        Assert.Equal(PlanStatus.Draft, _w.Start(initiator: _w.Clinic).Status);
        Assert.Equal(PlanStatus.Draft, _w.Start(initiator: providerUnit).Status);
        Fails(PlanErrors.InitiatorMustBePrincipal, () => _w.Start(initiator: _w.AfOffice));
    }

    [Fact]
    public void Rule11_a_disagreement_is_a_deviation_escalated_by_steps_while_the_plan_goes_on()
    {
        var plan = _w.ReadyToEstablish();
        var deviation = plan.RaiseDeviation(
            _w.Social.Id,
            _w.Region,
            "Oenighet om vem som bekostar HVB-placeringen för Testa Testsson.",
            isCostDispute: true,
            _w.Policy,
            Now);

        Fails(PlanErrors.DeviationNeedsDeIdentifiedSummary, () => plan.EscalateDeviation(deviation.Id, null, _w.Policy, Now));
        Fails(PlanErrors.DeviationNeedsDeIdentifiedSummary, () => plan.EscalateDeviation(
            deviation.Id, "Tvist om kostnad för Testa Testsson", _w.Policy, Now));
        Fails(PlanErrors.DeviationNeedsDeIdentifiedSummary, () => plan.EscalateDeviation(
            deviation.Id, "Gäller 850314-9828", _w.Policy, Now));
        plan.EscalateDeviation(deviation.Id, "Tvist om kostnadsfördelning för en HVB-placering, man 40 år.", _w.Policy, Now);
        Assert.Equal(EscalationLevel.CountyArena, deviation.Level);

        // The person's interventions are not held up by the disagreement.
        plan.Establish(_w.Kinds, World.WithPerson, _w.SocialWorker, _w.Policy, Now);
        Assert.Equal(PlanStatus.Established, plan.Status);
        Assert.True(deviation.IsOpen);
        Fails(PlanErrors.DeviationCounterpartMustBePrincipal, () => plan.RaiseDeviation(_w.Social.Id, _w.Af, "AF", false, _w.Policy, Now));
    }

    [Fact]
    public void Rule12_establishing_schedules_the_follow_up_and_its_overdue_state_is_visible()
    {
        var plan = _w.ReadyToEstablish();
        plan.Establish(_w.Kinds, World.WithPerson, _w.SocialWorker, _w.Policy, Now);

        var followUp = Assert.Single(plan.FollowUps);
        Assert.Equal(new DateOnly(2026, 11, 23).AddDays(90), followUp.DueOn);
        Assert.False(followUp.IsOverdue(followUp.DueOn));
        Assert.True(followUp.IsOverdue(followUp.DueOn.AddDays(1)));
    }

    [Fact]
    public void Rule12b_each_action_says_when_it_happens()
    {
        var plan = _w.WithConsent(_w.Start());
        var clinic = plan.InviteUnit(_w.Clinic, _w.Policy, Now);
        plan.AcceptInvitation(clinic.Id, _w.Nurse, Now);
        var action = plan.ProposeAction(World.Type("region.laro"), _w.Clinic, null, "LARO", null, null, _w.SocialWorker, _w.Policy, Now);
        plan.AcceptAction(action.Id, _w.Clinic.Id, _w.Nurse, Now);
        plan.AssignOverallResponsibility(_w.Social.Id, Now);

        Fails(PlanErrors.ActionWithoutWhen, () => plan.Establish(_w.Kinds, World.WithPerson, _w.SocialWorker, _w.Policy, Now));
    }

    [Fact]
    public void Rule12c_with_children_in_the_household_the_report_of_concern_assessment_is_recorded_first()
    {
        var w = _w;
        var plan = w.WithConsent(w.Start(childrenInHousehold: true));
        var clinic = plan.InviteUnit(w.Clinic, w.Policy, Now);
        plan.AcceptInvitation(clinic.Id, w.Nurse, Now);
        var a = plan.ProposeAction(World.Type("region.laro"), w.Clinic, null, "LARO", new DateOnly(2026, 12, 1), null, w.SocialWorker,
            w.Policy, Now);
        plan.AcceptAction(a.Id, w.Clinic.Id, w.Nurse, Now);
        plan.AssignOverallResponsibility(w.Social.Id, Now);

        Fails(PlanErrors.ReportOfConcernAssessmentRequired, () => plan.Establish(w.Kinds, World.WithPerson, w.SocialWorker, w.Policy, Now));
        plan.RecordReportOfConcernAssessment("Barnen bor växelvis hos den andra föräldern; ingen orosanmälan behövs nu.", Now);
        plan.Establish(w.Kinds, World.WithPerson, w.SocialWorker, w.Policy, Now);
        Assert.Equal(PlanStatus.Established, plan.Status);
    }

    [Fact]
    public void Rule13_withdrawing_consent_removes_access_at_once_for_everyone_but_the_initiating_unit()
    {
        var plan = _w.ReadyToEstablish();
        Assert.True(plan.IsVisibleTo(_w.Clinic.Id, _w.Region.Id));

        plan.WithdrawConsent(null, Now);

        Assert.False(plan.IsVisibleTo(_w.Clinic.Id, _w.Region.Id));
        Assert.True(plan.IsVisibleTo(_w.Social.Id, _w.Kommun.Id));
        Assert.False(plan.IsVisibleTo(_w.HealthCentre.Id, _w.Region.Id));
    }

    [Fact]
    public void Rule13_a_unit_outside_the_consent_scope_cannot_be_invited()
    {
        var plan = _w.Start();
        plan.RecordConsent(ConsentGiver.Person, null, ConsentForm.Oral, [_w.Kommun.Id, _w.Region.Id], false, null, _w.SocialWorker, Now);

        Fails(PlanErrors.OrganizationOutsideConsent, () => plan.InviteUnit(_w.AfOffice, _w.Policy, Now));
    }

    [Fact]
    public void Practice17_a_version_takes_effect_only_with_the_persons_approval_and_the_person_can_end_the_plan()
    {
        var plan = _w.ReadyToEstablish();
        Fails(PlanErrors.PersonApprovalRequired,
            () => plan.Establish(_w.Kinds, new Establishment(true, null, false, null), _w.SocialWorker, _w.Policy, Now));

        var draft = _w.WithConsent(_w.Start());
        draft.Close(PlanCloseReason.PersonEnded, null, Now);
        Assert.Equal(PlanStatus.Closed, draft.Status);
        Fails(PlanErrors.PlanIsFinished, () => draft.InviteUnit(_w.Clinic, _w.Policy, Now));
    }

    [Theory]
    [InlineData("20111124-9874", ConsentGiver.Person, PlanErrors.ConsentGiverByAge)]
    [InlineData("19850314-9828", ConsentGiver.Guardians, PlanErrors.ConsentGiverByAge)]
    public void Practice18_who_consents_follows_the_persons_age(string identityNumber, ConsentGiver giver, string expectedCode)
    {
        var plan = _w.Start(identityNumber);

        Fails(expectedCode, () =>
            plan.RecordConsent(giver, "Vårdnadshavare A och B", ConsentForm.Written, [_w.Kommun.Id], false, null, _w.SocialWorker, Now));
    }

    [Fact]
    public void Practice18_from_15_years_the_young_person_consents_without_the_guardians()
    {
        // 15 years old on 23 November 2026 (born 23 November 2011), and 14 the day before the birthday.
        var fifteen = _w.Start("20111123-9875");
        fifteen.RecordConsent(ConsentGiver.Person, null, ConsentForm.Oral, [_w.Kommun.Id], false, null, _w.SocialWorker, Now);

        var fourteen = _w.Start("20111124-9874");
        fourteen.RecordConsent(ConsentGiver.Guardians, "Helena och Per", ConsentForm.Written, [_w.Kommun.Id], true,
            "Vill att mamma är med.", _w.SocialWorker, Now);
        Assert.Equal("Vill att mamma är med.", fourteen.ActiveConsent!.ChildsView);
        Fails(PlanErrors.GuardianNamesRequired,
            () => fourteen.RecordConsent(ConsentGiver.Guardians, null, ConsentForm.Written, [_w.Kommun.Id], true, null, _w.SocialWorker,
                Now));
    }

    [Fact]
    public void Practice19_a_meeting_can_be_digital_with_a_link_and_needs_a_place_or_link()
    {
        var plan = _w.WithConsent(_w.Start());
        var meeting = plan.ScheduleMeeting(Now.AddDays(3), TimeSpan.FromHours(1), null, new Uri("https://mote.example.se/abc"), [], Now);

        Assert.Null(meeting.Location);
        Fails(PlanErrors.MeetingPlaceRequired, () => plan.ScheduleMeeting(Now.AddDays(3), TimeSpan.FromHours(1), " ", null, [], Now));
        Fails(PlanErrors.MeetingInPast, () => plan.ScheduleMeeting(Now.AddDays(-1), TimeSpan.FromHours(1), "Rum 1", null, [], Now));
        plan.RescheduleMeeting(meeting.Id, Now.AddDays(4), TimeSpan.FromHours(1), "Rådhuset", null, [], Now);
        Assert.Equal(1, meeting.Sequence);
    }

    [Fact]
    public void Practice20_a_plan_can_start_from_a_discharge_from_inpatient_care()
    {
        var plan = SipPlan.Start(Guid.NewGuid(), "SIP-2026-000009", _w.Start().Person, "Utskrivning", OriginKind.DischargeFromInpatientCare,
            "SV-77", _w.Clinic, _w.Nurse, null, _w.Policy, Now);

        Assert.Equal(OriginKind.DischargeFromInpatientCare, plan.Origin.Kind);
    }
}
