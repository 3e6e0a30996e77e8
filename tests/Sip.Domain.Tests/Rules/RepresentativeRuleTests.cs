using Sip.Domain.Common;
using Sip.Domain.Plans;

namespace Sip.Domain.Tests.Rules;

/// <summary>
/// Rule 25 (`001_e75995cb8a47fbaf.txt`: "nedsatt autonomi kräver särskild hänsyn"): god man,
/// förvaltare, ombud, stödperson and tolk take part; a representative consents within the mandate;
/// the need of a tolk or other communication support is recorded on the plan.
/// </summary>
public sealed class RepresentativeRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private readonly World _w = new();

    private static void Fails(string code, Action act) => Assert.Equal(code, Assert.Throws<DomainException>(act).Code);

    private static RepresentativeMandate Fullmakt(bool coversConsent = true, DateOnly? until = null) =>
        new("Företräda mig i kontakter med socialtjänst och hälso- och sjukvård", coversConsent, until ?? Today.AddMonths(6));

    [Fact]
    public void Rule25_a_god_man_forvaltare_ombud_stodperson_and_tolk_take_part_and_a_representative_comes_with_a_mandate()
    {
        var plan = _w.WithConsent(_w.Start());

        var godMan = plan.InvitePerson(
            ParticipantKind.GodMan, "Gun Ek", null, World.Now, mandate: new("Bevaka rätt och sörja för person", true, null));
        plan.InvitePerson(ParticipantKind.Forvaltare, "Per Ås", null, World.Now, mandate: new("Förvalta egendom", false, null));
        var ombud = plan.InvitePerson(ParticipantKind.Ombud, "Ali Said", "bror", World.Now, mandate: Fullmakt());
        plan.InvitePerson(ParticipantKind.SupportPerson, "Lisa Berg", null, World.Now);
        plan.InvitePerson(ParticipantKind.Interpreter, "Tolkförmedlingen", null, World.Now);

        Assert.Equal(new RepresentativeMandate("Bevaka rätt och sörja för person", true, null), godMan.Mandate);
        Assert.Equal(Today.AddMonths(6), ombud.Mandate!.ValidUntil);
        Fails(PlanErrors.MandateRequired, () => plan.InvitePerson(ParticipantKind.GodMan, "Gun Ek", null, World.Now));
        Participant Invite(ParticipantKind kind, RepresentativeMandate? mandate) =>
            plan.InvitePerson(kind, "Ali", null, World.Now, mandate: mandate);
        Fails(PlanErrors.MandateRequired, () => Invite(ParticipantKind.Ombud, new(" ", true, Today)));
        Fails(PlanErrors.MandateValidityRequired, () => Invite(ParticipantKind.Ombud, new("Allt", true, null)));
        Fails(PlanErrors.ConsentMandateExpired, () => Invite(ParticipantKind.Ombud, Fullmakt(until: Today.AddDays(-1))));
        Fails(PlanErrors.MandateOnlyForRepresentative, () => Invite(ParticipantKind.SupportPerson, Fullmakt()));
    }

    [Fact]
    public void Rule25_an_ombud_consents_within_the_fullmakt_and_the_consent_records_who_and_in_what_capacity()
    {
        var plan = _w.WithConsent(_w.Start());
        var ombud = plan.InvitePerson(ParticipantKind.Ombud, "Ali Said", "bror", World.Now, mandate: Fullmakt());

        var consent = plan.RecordConsent(
            ConsentGiver.Representative, null, ConsentForm.Written, [_w.Kommun.Id, _w.Region.Id], false, null, _w.SocialWorker, World.Now,
            representativeParticipantId: ombud.Id);

        Assert.Equal(
            (ConsentGiver.Representative, ombud.Id, "Ali Said", ParticipantKind.Ombud),
            (consent.GivenBy, consent.RepresentativeParticipantId, consent.RepresentativeName, consent.RepresentativeCapacity));
        Assert.Same(consent, plan.ActiveConsent);
    }

    [Fact]
    public void Rule25_a_representative_consents_only_while_taking_part_within_a_mandate_that_covers_consent_and_is_valid()
    {
        var plan = _w.WithConsent(_w.Start());
        var lapsing = plan.InvitePerson(ParticipantKind.Ombud, "Ali Said", null, World.Now, mandate: Fullmakt(until: Today));
        var property = plan.InvitePerson(
            ParticipantKind.Forvaltare, "Per Ås", null, World.Now, mandate: new("Förvalta egendom", false, null));
        var support = plan.InvitePerson(ParticipantKind.SupportPerson, "Lisa Berg", null, World.Now);
        var before = plan.ActiveConsent;

        ConsentRecord By(Guid? id, DateTimeOffset at) => plan.RecordConsent(
            ConsentGiver.Representative, null, ConsentForm.Oral, [_w.Kommun.Id], false, null, _w.SocialWorker, at,
            representativeParticipantId: id);

        Fails(PlanErrors.ConsentRepresentativeRequired, () => By(null, World.Now));
        Fails(PlanErrors.ConsentRepresentativeNotParticipating, () => By(support.Id, World.Now));
        Fails(PlanErrors.ConsentRepresentativeNotParticipating, () => By(Guid.NewGuid(), World.Now));
        Fails(PlanErrors.ConsentOutsideMandate, () => By(property.Id, World.Now));
        Fails(PlanErrors.ConsentMandateExpired, () => By(lapsing.Id, World.Now.AddDays(1)));
        Assert.Same(before, plan.ActiveConsent);
        Assert.Equal(lapsing.Id, By(lapsing.Id, World.Now).RepresentativeParticipantId);
    }

    [Fact]
    public void Rule25_a_god_man_withdraws_within_the_mandate_and_the_withdrawal_records_who()
    {
        var plan = _w.WithConsent(_w.Start());
        var godMan = plan.InvitePerson(
            ParticipantKind.GodMan, "Gun Ek", null, World.Now, mandate: new("Sörja för person", true, null));
        var property = plan.InvitePerson(
            ParticipantKind.Forvaltare, "Per Ås", null, World.Now, mandate: new("Förvalta egendom", false, null));
        var consent = plan.ActiveConsent!;

        Fails(PlanErrors.ConsentOutsideMandate, () => plan.WithdrawConsent("Vill inte", World.Now, property.Id));
        Assert.True(consent.IsActive);
        plan.WithdrawConsent("Vill inte längre", World.Now, godMan.Id);

        Assert.Equal(("Gun Ek", ParticipantKind.GodMan), (consent.WithdrawnByName, consent.WithdrawnByCapacity));
        Assert.Null(plan.ActiveConsent);
    }

    [Fact]
    public void Rule25_the_need_of_a_tolk_names_the_language_and_other_support_is_recorded_with_it()
    {
        var plan = _w.WithConsent(_w.Start());

        Fails(PlanErrors.InterpreterLanguageRequired, () => plan.RecordCommunicationNeed(true, " ", null, World.Now));
        plan.RecordCommunicationNeed(true, " arabiska ", " Bildstöd ", World.Now);

        var need = plan.CommunicationNeed!;
        Assert.Equal((true, "arabiska", "Bildstöd"), (need.InterpreterNeeded, need.Language, need.OtherSupport));
        plan.RecordCommunicationNeed(false, null, "", World.Now);
        Assert.Null(plan.CommunicationNeed);
    }
}
