using Sip.Domain.Calendar;
using Sip.Domain.Organizations;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Domain.Policies;
using static Sip.Infrastructure.Seeding.DemoDirectory;

namespace Sip.Infrastructure.Seeding;

/// <summary>
/// The demo plans of the second round's rules: one plan for each new case, so that a trial shows them. None is
/// established (the demo's one established plan stays the one the written plan is shown with). All people are
/// fictional, with personnummer of the reserved test series.
/// </summary>
public sealed partial class DemoDataSeeder
{
    /// <summary>What the demo plans are built with: the policy, the directory's units, the next number, and now.</summary>
    private sealed record Demo(CountyPolicy Policy, Func<Guid, OrganizationUnit?> Find, Func<string> NextNumber, DateTimeOffset Now)
    {
        public OrganizationUnit Unit(Guid id) => Find(id) ?? throw new InvalidOperationException($"The demo directory has no unit {id}.");

        public DateTimeOffset DaysAgo(int days) => Now.AddDays(-days);

        public DateOnly Today => SwedishTime.Today(Now);

        public SipPlan Start(
            SubjectPerson person, string reason, OriginKind origin, string caseReference, Guid unit, Guid user, int daysAgo,
            HvbPlacement? placement = null) =>
            SipPlan.Start(
                Guid.CreateVersion7(), NextNumber(), person, reason, origin, caseReference, Unit(unit), user, placement, Policy,
                DaysAgo(daysAgo));
    }

    private void AddSecondRoundPlans(Demo d)
    {
        var adultScope = new[] { Ostersund, RegionJh };

        // Rule 33: no personnummer yet, only the region's reservnummer and the birth date.
        var reserve = ReserveNumber.Parse("19990412-AB34", d.Policy.ReserveNumberPattern, d.Policy.ReserveNumberDescription);
        var withoutNumber = d.Start(
            SubjectPerson.WithoutPersonalIdentityNumber(reserve, new DateOnly(1999, 4, 12), "Samir Haddad", false, false, d.Today),
            "Nyanländ, ännu inte folkbokförd; beroendevård och boende behöver samordnas.", OriginKind.HealthCareContact,
            "BM-2026-0520", BeroendemottagningenOstersund, Nurse, daysAgo: 2);
        withoutNumber.RecordConsent(
            ConsentGiver.Person, null, ConsentForm.Oral, adultScope, nextOfKinMayTakePart: false, null, Nurse, d.DaysAgo(2));
        db.Plans.Add(withoutNumber);

        // Rules 12c and 24: two children in the household, the orosanmälan assessed and made.
        var children = d.Start(Person("19880215-9817", "Sanna Lidén", d.Now), "Alkoholberoende; två barn i hushållet.",
            OriginKind.SocialServicesCase, "VU-2026-1230", VuxenenhetenOstersund, SocialWorker, daysAgo: 9);
        children.RecordConsent(
            ConsentGiver.Person, null, ConsentForm.Written, adultScope, nextOfKinMayTakePart: true, null, SocialWorker, d.DaysAgo(9));
        var dependence = children.InviteUnit(d.Unit(BeroendemottagningenOstersund), d.Policy, d.DaysAgo(8));
        children.AcceptInvitation(dependence.Id, Nurse, d.DaysAgo(7));
        children.RecordChildren(
            [
                ChildInHousehold.Of(6, null, ChildLivesWith.ThePerson, ChildCustody.Joint, d.Today),
                ChildInHousehold.Of(10, null, ChildLivesWith.ThePerson, ChildCustody.Joint, d.Today),
            ],
            childrensNeed: true,
            d.DaysAgo(8));
        children.RecordReportOfConcernAssessment(
            "Barnen har sett mamma berusad flera gånger; oro för deras trygghet i hemmet.",
            new ReportOfConcern(SwedishTime.Today(d.DaysAgo(7)), "Socialtjänsten i Östersunds kommun", ParentAndChildInformed: true),
            d.DaysAgo(7));
        db.Plans.Add(children);

        // Rule 25: a god man for the person, and a tolk in Arabic at the meetings.
        var represented = d.Start(
            Person("19750921-9833", "Yousef Karim", d.Now), "Psykisk ohälsa och skulder; behöver stöd i kontakten med myndigheter.",
            OriginKind.SocialServicesCase, "VU-2026-1244", VuxenenhetenOstersund, SocialWorker, daysAgo: 5);
        represented.RecordConsent(
            ConsentGiver.Person, null, ConsentForm.Written, adultScope, nextOfKinMayTakePart: false, null, SocialWorker, d.DaysAgo(5));
        represented.InvitePerson(ParticipantKind.GodMan, "Bertil Ek", null, d.DaysAgo(5),
            mandate: new RepresentativeMandate("Bevaka rätt, förvalta egendom och sörja för person", CoversConsent: true,
                ValidUntil: null));
        represented.RecordCommunicationNeed(interpreterNeeded: true, "arabiska", null, d.DaysAgo(5));
        represented.InviteUnit(d.Unit(PsykiatriskaOppenvarden), d.Policy, d.DaysAgo(4));
        db.Plans.Add(represented);

        // Rule 23: a private hälsocentral acts for the region and has accepted its insats (only where the directory has it).
        if (d.Find(FrosoHalsocentral) is { } privateCentre)
        {
            var contracted = d.Start(
                Person("19690310-9848", "Gunnel Frisk", d.Now),
                    "Riskbruk av alkohol och ensamhet; hälsocentralen och socialtjänsten samordnar.",
                OriginKind.SocialServicesCase, "VU-2026-1251", VuxenenhetenOstersund, SocialWorker, daysAgo: 12);
            contracted.RecordConsent(ConsentGiver.Person, null, ConsentForm.Written, [Ostersund, RegionJh, HalsovalFroson],
                nextOfKinMayTakePart: false, null, SocialWorker, d.DaysAgo(12));
            var centre = contracted.InviteUnit(privateCentre, d.Policy, d.DaysAgo(11));
            contracted.AcceptInvitation(centre.Id, PrivateHealthCentreNurse, d.DaysAgo(10));
            var checkUp = contracted.ProposeAction(Catalog("region.diagnostik-och-behandling"), privateCentre, null,
                "Hälsokontroll och samtal om alkoholvanor (AUDIT) var tredje vecka.", SwedishTime.Today(d.DaysAgo(3)), null, SocialWorker,
                d.Policy, d.DaysAgo(9));
            contracted.AcceptAction(checkUp.Id, FrosoHalsocentral, PrivateHealthCentreNurse, d.DaysAgo(8));
            db.Plans.Add(contracted);
        }

        // Rule 7b: the hälsocentral was summoned, but the need is psychiatric; it forwarded the kallelse.
        var forwarded = d.Start(
            Person("19820113-9857", "Johanna Wik", d.Now),
            "Ångest och självskadebeteende; socialtjänsten och psykiatrin behöver samordna.",
            OriginKind.SocialServicesCase, "VU-2026-1262", VuxenenhetenOstersund, SocialWorker, daysAgo: 4);
        forwarded.RecordConsent(
            ConsentGiver.Person, null, ConsentForm.Written, adultScope, nextOfKinMayTakePart: false, null, SocialWorker, d.DaysAgo(4));
        var wrong = forwarded.InviteUnit(d.Unit(HalsocentralenOdenslund), d.Policy, d.DaysAgo(4));
        forwarded.ForwardInvitation(wrong.Id, d.Unit(HalsocentralenOdenslund), d.Unit(PsykiatriskaOppenvarden), DistrictNurse,
            "Personen har pågående kontakt med psykiatrin; självskadebeteendet bedöms där.", d.Policy, d.DaysAgo(2));
        db.Plans.Add(forwarded);

        // Rules 27 and 27b: placed under LVM; the notification is recorded, where the läkarintyg is written is not.
        var placedOn = SwedishTime.Today(d.DaysAgo(5));
        var lvm = new HvbPlacement(placedOn, placedOn, isAcute: false, precededBySip: true, d.Policy, Ostersund, LjungbackenHvb)
            .Describe(PlacementLegalBasis.Lvm, PlacementMotive.SubstanceUse, null, "Abstinensbehandling och motivationsarbete enligt LVM.");
        var compulsory = d.Start(
            Person("19930704-9826", "Tobias Norén", d.Now),
                "Tvångsvård enligt LVM efter allvarligt missbruk; vården efter LVM-hemmet samordnas.",
            OriginKind.SocialServicesCase, "VU-2026-1270", VuxenenhetenOstersund, SocialWorker, daysAgo: 6, lvm);
        compulsory.RecordConsent(
            ConsentGiver.Person, null, ConsentForm.Oral, [Ostersund, RegionJh, Ljungbacken], nextOfKinMayTakePart: false, null,
                SocialWorker,
            d.DaysAgo(6));
        var clinic = compulsory.InviteUnit(d.Unit(BeroendemottagningenOstersund), d.Policy, d.DaysAgo(6));
        compulsory.AcceptInvitation(clinic.Id, Nurse, d.DaysAgo(5));
        compulsory.RecordLvmChecklist("Dr Sara Lind, Beroendemottagningen", SwedishTime.Today(d.DaysAgo(7)), null, d.DaysAgo(5));
        db.Plans.Add(compulsory);
    }
}
