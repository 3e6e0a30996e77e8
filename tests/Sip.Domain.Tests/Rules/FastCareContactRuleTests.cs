using Sip.Domain.Common;
using Sip.Domain.Plans;

namespace Sip.Domain.Tests.Rules;

/// <summary>
/// Rule 29: the fast vårdkontakt (patientlagen 6 kap. 2 §; 002 ~989, 003 ~1475) is named on the
/// plan, works in the region's care at a unit taking part, and is in the written plan.
/// </summary>
public sealed class FastCareContactRuleTests
{
    private readonly World _w = new();

    private static void Fails(string code, Action act) => Assert.Equal(code, Assert.Throws<DomainException>(act).Code);

    [Fact]
    public void Rule29_a_region_unit_taking_part_names_the_fast_vardkontakt_and_a_later_name_replaces_it()
    {
        var plan = _w.ReadyToEstablish();

        plan.NameFastCareContact(_w.Clinic, "  Eva Berg, sjuksköterska ", " 063-15 30 00 ", World.Now);
        plan.NameFastCareContact(_w.Clinic, "Jonas Ek, kurator", "", World.Now.AddDays(1));

        Assert.Equal(
            (_w.Clinic.Id, "Jonas Ek, kurator", (string?)null, World.Now.AddDays(1)),
            (plan.FastCareContact!.UnitId, plan.FastCareContact.Name, plan.FastCareContact.Telephone, plan.FastCareContact.NamedAt));
    }

    [Fact]
    public void Rule29_the_contact_is_in_the_regions_care_at_a_unit_that_takes_part_and_has_a_name()
    {
        var plan = _w.ReadyToEstablish();

        Fails(PlanErrors.FastCareContactNotRegion, () => plan.NameFastCareContact(_w.Social, "Anna Lindqvist", null, World.Now));
        Fails(PlanErrors.FastCareContactNotRegion, () => plan.NameFastCareContact(_w.AfOffice, "Handläggare", null, World.Now));
        Fails(PlanErrors.FastCareContactUnitNotParticipating, () => plan.NameFastCareContact(_w.HealthCentre, "Eva Berg", null, World.Now));
        Fails(PlanErrors.FastCareContactNameRequired, () => plan.NameFastCareContact(_w.Clinic, " ", null, World.Now));
        Assert.Null(plan.FastCareContact);
    }

    [Fact]
    public void Rule29_the_established_version_carries_the_fast_vardkontakt_into_the_written_plan()
    {
        var named = _w.ReadyToEstablish();
        named.NameFastCareContact(_w.Clinic, "Eva Berg, sjuksköterska", "063-15 30 00", World.Now);

        var version = named.Establish(_w.Kinds, World.WithPerson, _w.SocialWorker, _w.Policy, World.Now);

        Assert.Equal(
            new PlanSnapshot.FastCareContactLine(_w.Clinic.Id, "Eva Berg, sjuksköterska", "063-15 30 00"),
            PlanSnapshot.FromJson(version.ContentJson).FastCareContact);
        var world = new World();
        var plain = world.ReadyToEstablish().Establish(world.Kinds, World.WithPerson, world.SocialWorker, world.Policy, World.Now);
        Assert.Null(PlanSnapshot.FromJson(plain.ContentJson).FastCareContact);
    }

    [Fact]
    public void Rule29_a_finished_plan_names_no_one()
    {
        var plan = _w.ReadyToEstablish();
        plan.Establish(_w.Kinds, World.WithPerson, _w.SocialWorker, _w.Policy, World.Now);
        plan.Close(PlanCloseReason.GoalsReached, "Klart.", World.Now);

        Fails(PlanErrors.PlanIsFinished, () => plan.NameFastCareContact(_w.Clinic, "Eva Berg", null, World.Now));
    }
}
