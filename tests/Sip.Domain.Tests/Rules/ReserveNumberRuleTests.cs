using Sip.Domain.Calendar;
using Sip.Domain.Common;
using Sip.Domain.People;
using Sip.Domain.Plans;

namespace Sip.Domain.Tests.Rules;

/// <summary>
/// Rule 33: a person without personnummer or samordningsnummer still gets a plan, with the region's
/// reservnummer or with no number at all; the birth date then stands for the age the rules count.
/// </summary>
public sealed class ReserveNumberRuleTests
{
    private static readonly DateOnly Today = SwedishTime.Today(World.Now);
    private readonly World _w = new();

    [Fact]
    public void Rule33_a_person_with_a_reservnummer_gets_a_plan_flagged_as_such()
    {
        var number = ReserveNumber.Parse("20010517-AB12", ReserveNumber.DefaultPattern, ReserveNumber.DefaultDescription);
        var person = SubjectPerson.WithoutPersonalIdentityNumber(number, new DateOnly(2001, 5, 17), "Amir Haddad", false, false, Today);

        var plan = Start(person);

        Assert.Equal(IdentityKind.ReserveNumber, plan.Person.IdentityKind);
        Assert.Null(plan.Person.IdentityNumber);
        Assert.Equal(("20010517AB12", new DateOnly(2001, 5, 17)), (plan.Person.ReserveNumber!.Value, plan.Person.BirthDate));
    }

    [Fact]
    public void Rule33_a_person_with_no_number_at_all_is_known_by_birth_date_and_name()
    {
        var person = SubjectPerson.WithoutPersonalIdentityNumber(null, new DateOnly(1990, 1, 2), "Noor Ali", false, false, Today);

        Assert.Equal(IdentityKind.None, person.IdentityKind);
        Assert.Equal((new DateOnly(1990, 1, 2), "noor ali"), (person.BirthDate, person.SearchName));
    }

    [Fact]
    public void Rule33_a_personnummer_gives_the_birth_date_and_the_kind()
    {
        var person = new SubjectPerson(PersonalIdentityNumber.Parse("19850314-9828", Today), "Mikael Öhrn", false, false);

        Assert.Equal((IdentityKind.PersonalIdentityNumber, new DateOnly(1985, 3, 14)), (person.IdentityKind, person.BirthDate));
    }

    [Theory]
    [InlineData(2026, 11, 24)]
    [InlineData(1890, 1, 1)]
    public void Rule33_the_birth_date_is_neither_in_the_future_nor_beyond_a_life(int year, int month, int day) =>
        Assert.Equal(SubjectPerson.BirthDateInvalidCode, Assert.Throws<DomainException>(() =>
            SubjectPerson.WithoutPersonalIdentityNumber(null, new DateOnly(year, month, day), "Noor Ali", false, false, Today)).Code);

    [Fact]
    public void Rule33_the_age_rules_count_from_the_given_birth_date()
    {
        // 14 on 23 November 2026 (15 the next day): the guardians consent, not the child.
        var child = Start(SubjectPerson.WithoutPersonalIdentityNumber(null, new DateOnly(2011, 11, 24), "Sara Ali", false, false, Today));
        Assert.Equal(PlanErrors.ConsentGiverByAge, Assert.Throws<DomainException>(() =>
            child.RecordConsent(
                ConsentGiver.Person, null, ConsentForm.Oral, [_w.Kommun.Id], false, null, _w.SocialWorker, World.Now)).Code);

        var fifteen = Start(SubjectPerson.WithoutPersonalIdentityNumber(null, new DateOnly(2011, 11, 23), "Omar Ali", false, false, Today));
        fifteen.RecordConsent(ConsentGiver.Person, null, ConsentForm.Oral, [_w.Kommun.Id], false, null, _w.SocialWorker, World.Now);
        Assert.NotNull(fifteen.ActiveConsent);
    }

    [Fact]
    public void Rule33_gallring_removes_the_reservnummer_and_the_birth_date()
    {
        var number = ReserveNumber.Parse("20010517AB12", ReserveNumber.DefaultPattern, ReserveNumber.DefaultDescription);
        var plan = Start(
            SubjectPerson.WithoutPersonalIdentityNumber(number, new DateOnly(2001, 5, 17), "Amir Haddad", false, false, Today));
        plan.Cancel("Personen ville inte ha någon SIP.", World.Now);

        plan.Anonymise(World.Now.AddYears(5));

        Assert.Null(plan.Person.ReserveNumber);
        Assert.Equal((PersonalIdentityNumber.Removed, DateOnly.MinValue), (plan.Person.IdentityNumber, plan.Person.BirthDate));
    }

    private SipPlan Start(SubjectPerson person) => SipPlan.Start(
        Guid.NewGuid(), "SIP-2026-000001", person, "Behöver samordning.", OriginKind.SocialServicesCase, "VU-1", _w.Social,
        _w.SocialWorker, null, _w.Policy, World.Now);
}
