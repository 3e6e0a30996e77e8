using Microsoft.EntityFrameworkCore;
using Sip.Domain.Actions;
using Sip.Domain.Calendar;
using Sip.Domain.Organizations;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Domain.Policies;
using Sip.Infrastructure.Persistence;
using static Sip.Infrastructure.Seeding.DemoDirectory;

namespace Sip.Infrastructure.Seeding;

/// <summary>
/// Fills an empty database with the demo county and a handful of plans in different states, built
/// through the domain's own methods so that every seeded plan obeys the rules. All people are
/// fictional; their personnummer are Luhn-valid but made up.
/// </summary>
public sealed partial class DemoDataSeeder(SipDbContext db, TimeProvider clock)
{
    /// <summary>The demo county's organisations, units and users, into a database that has none.</summary>
    public async Task SeedDirectoryAsync(CancellationToken cancellationToken)
    {
        if (await db.Organizations.AnyAsync(cancellationToken))
        {
            return;
        }

        var organizations = Organizations();
        db.Organizations.AddRange(organizations);
        db.Units.AddRange(DemoDirectory.Units(organizations));
        db.Users.AddRange(Users());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The demo plans, once the demo directory is there, into a database that has no plan; all in
    /// one transaction, so that a start cut short leaves none and the next start writes them.
    /// </summary>
    public async Task SeedPlansAsync(CancellationToken cancellationToken)
    {
        if (await db.Plans.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }

        var organizations = await db.Organizations.ToListAsync(cancellationToken);
        var units = await db.Units.ToListAsync(cancellationToken);
        if (!units.Any(u => u.Id == VuxenenhetenOstersund))
        {
            // A directory of the county's own, not the demo's: the demo plans would name units it lacks.
            return;
        }

        var policy = await db.CountyPolicies.FirstAsync(cancellationToken);
        var kinds = units.ToDictionary(u => u.Id, u => u.CountsAs);
        OrganizationUnit Unit(Guid id) => units.Single(u => u.Id == id);

        var now = clock.GetUtcNow();
        var year = SwedishTime.Today(now).Year;
        var number = 0;
        string NextNumber() => PlanNumberSeries.Format(year, ++number);
        DateTimeOffset DaysAgo(int days) => now.AddDays(-days);
        var adultScope = new[] { Ostersund, RegionJh };

        // A plan just started from a case: the consent conversation has not happened yet.
        db.Plans.Add(SipPlan.Start(
            Guid.CreateVersion7(), NextNumber(), Person("19920611-9837", "Linnea Fjällström", now),
            "Behov av samordning mellan socialtjänstens boendestöd och beroendevården efter återfall.", OriginKind.SocialServicesCase,
            "VU-2026-1187", Unit(VuxenenhetenOstersund), SocialWorker, null, policy, DaysAgo(1)));

        // Invitations sent: the dependence clinic has not answered yet, the health centre has.
        var invited = SipPlan.Start(
            Guid.CreateVersion7(), NextNumber(), Person("19850314-9828", "Mikael Öhrn", now),
            "Alkoholberoende och hemlöshet; behöver samordnad abstinensbehandling och boende.", OriginKind.SocialServicesCase,
            "VU-2026-1042", Unit(VuxenenhetenOstersund), SocialWorker, null, policy, DaysAgo(6));
        invited.RecordConsent(
            ConsentGiver.Person, null, ConsentForm.Written, adultScope, nextOfKinMayTakePart: true, null, SocialWorker, DaysAgo(6));
        var beroende = invited.InviteUnit(Unit(BeroendemottagningenOstersund), policy, DaysAgo(5));
        var hc = invited.InviteUnit(Unit(HalsocentralenOdenslund), policy, DaysAgo(5));
        invited.AcceptInvitation(hc.Id, DistrictNurse, DaysAgo(4));
        invited.RecordGoalsAndNeeds(
            "Jag vill ha en egen lägenhet och klara mig utan alkohol.", ["Boende", "Abstinensbehandling", "Sysselsättning"], DaysAgo(4));
        invited.ProposeAction(
            Catalog("kommun.boendestod"), Unit(VuxenenhetenOstersund), null, "Boendestöd två gånger i veckan.",
            SwedishTime.Today(DaysAgo(3)).AddDays(14), null, SocialWorker, policy, DaysAgo(3));
        invited.ProposeAction(
            Catalog("region.abstinensbehandling-oppen-vard"), Unit(BeroendemottagningenOstersund), null,
            "Abstinensbehandling i öppen vård med läkarbedömning.", SwedishTime.Today(DaysAgo(3)).AddDays(7), null, SocialWorker,
            policy, DaysAgo(3));
        invited.ScheduleMeeting(
            new DateTimeOffset(now.UtcDateTime.Date.AddDays(5).AddHours(8), TimeSpan.Zero), TimeSpan.FromHours(1),
            "Rådhusgatan 42, Östersund", null, [hc.Id, beroende.Id], DaysAgo(3));
        db.Plans.Add(invited);

        // An established plan with a follow-up ahead.
        var established = SipPlan.Start(
            Guid.CreateVersion7(), NextNumber(), Person("19780923-9846", "Jonas Berglund", now),
            "Opioidberoende med LARO-behandling; behöver stöd till sysselsättning och samordning kring ekonomi.",
            OriginKind.HealthCareContact, "BM-2026-0311", Unit(BeroendemottagningenOstersund), Nurse, null, policy, DaysAgo(60));
        established.RecordConsent(
            ConsentGiver.Person, null, ConsentForm.Written, [RegionJh, Ostersund, Arbetsformedlingen], nextOfKinMayTakePart: false, null,
            Nurse, DaysAgo(60));
        var vuxen = established.InviteUnit(Unit(VuxenenhetenOstersund), policy, DaysAgo(59));
        var af = established.InviteUnit(Unit(ArbetsformedlingenOstersund), policy, DaysAgo(59));
        established.AcceptInvitation(vuxen.Id, SocialWorker, DaysAgo(58));
        established.AcceptInvitation(af.Id, null, DaysAgo(55));
        established.RecordGoalsAndNeeds(
            "Jag vill börja jobba igen och ha ordning på min ekonomi.",
            ["Fortsatt LARO-behandling", "Arbete eller praktik", "Ekonomisk rådgivning"], DaysAgo(50));
        var laro = established.ProposeAction(
            Catalog("region.laro"), Unit(BeroendemottagningenOstersund), null,
            "Fortsatt läkemedelsassisterad behandling med besök varannan vecka.", SwedishTime.Today(DaysAgo(50)), null, Nurse, policy,
            DaysAgo(50));
        var skuld = established.ProposeAction(
            Catalog("kommun.skuldradgivning"), Unit(VuxenenhetenOstersund), null, "Budget- och skuldrådgivning, tre samtal.",
            SwedishTime.Today(DaysAgo(45)), SwedishTime.Today(DaysAgo(45)).AddDays(60), Nurse, policy, DaysAgo(50));
        var arbete = established.ProposeAction(
            Catalog("other.arbetsformedlingen"), Unit(ArbetsformedlingenOstersund), null, "Kartläggning och arbetsträning.",
            SwedishTime.Today(DaysAgo(40)), null, Nurse, policy, DaysAgo(50));
        established.AcceptAction(laro.Id, BeroendemottagningenOstersund, Nurse, DaysAgo(49));
        established.AcceptAction(skuld.Id, VuxenenhetenOstersund, SocialWorker, DaysAgo(48));
        established.AcceptAction(arbete.Id, ArbetsformedlingenOstersund, Nurse, DaysAgo(47));
        established.AssignOverallResponsibility(BeroendemottagningenOstersund, DaysAgo(46));
        established.Establish(kinds, new Establishment(true, null, true, SwedishTime.Today(now).AddDays(30)), Nurse, policy, DaysAgo(46));

        // The principals disagree on who supports the person at work; the managers did not settle it,
        // so it went to the county arena with a summary that does not point the person out.
        var disagreement = established.RaiseDeviation(
            VuxenenhetenOstersund,
            organizations.Single(o => o.Id == RegionJh),
            "Oenighet om vem som ansvarar för stödet till arbetsträningen när LARO-behandlingen pågår.",
            isCostDispute: false,
            policy,
            DaysAgo(30));
        established.EscalateDeviation(
            disagreement.Id,
            "Oenighet om ansvaret för stöd vid arbetsträning under pågående läkemedelsassisterad behandling.",
            policy,
            DaysAgo(14));
        db.Plans.Add(established);

        // An acute HVB placement that no SIP preceded: rule 8 and rule 9 deadlines run.
        var placement = new HvbPlacement(
            SwedishTime.Today(DaysAgo(3)), SwedishTime.Today(DaysAgo(3)), isAcute: true, precededBySip: false, policy, Ostersund,
            LjungbackenHvb);
        var placed = SipPlan.Start(
            Guid.CreateVersion7(), NextNumber(), Person("20010217-9850", "Elin Strand", now),
            "Akut placering på HVB efter LVM-utredning; samordning av vård och kostnadsansvar.", OriginKind.SocialServicesCase,
            "VU-2026-1201", Unit(VuxenenhetenOstersund), SocialWorker, placement, policy, DaysAgo(3));
        placed.RecordConsent(
            ConsentGiver.Person, null, ConsentForm.Oral, [Ostersund, RegionJh, Ljungbacken], nextOfKinMayTakePart: true, null, SocialWorker,
            DaysAgo(2));
        placed.InviteUnit(Unit(PsykiatriskaOppenvarden), policy, DaysAgo(2));
        placed.InviteUnit(Unit(LjungbackenHvb), policy, DaysAgo(2));
        placed.InvitePerson(ParticipantKind.NextOfKin, "Birgitta Strand", "mamma", DaysAgo(2));

        // The municipality has proposed how the cost is shared; neither manager has agreed yet.
        placed.ProposeCostAllocation(
            CostShareKind.Percent, 60, 40,
            "Boendet och stödet i vardagen är socialtjänst; abstinensbehandling och psykiatrisk bedömning är hälso- och sjukvård.",
            VuxenenhetenOstersund, DaysAgo(1));
        db.Plans.Add(placed);

        // A 14-year-old: the guardians consent and the child's own view is recorded (practice 18).
        var child = SipPlan.Start(
            Guid.CreateVersion7(), NextNumber(),
            new SubjectPerson(PersonalIdentityNumber.Parse("20120830-9870", SwedishTime.Today(now)), "Alva Nordin", false, false),
            "Tidigt cannabisbruk och skolfrånvaro; behov av samordning mellan socialtjänst och barn- och ungdomspsykiatri.",
            OriginKind.SocialServicesCase, "BF-2026-0877", Unit(BarnOchFamiljOstersund), YouthSocialWorker, null, policy, DaysAgo(8));
        child.RecordConsent(
            ConsentGiver.Guardians, "Helena Nordin och Per Nordin", ConsentForm.Written, [Ostersund, RegionJh], nextOfKinMayTakePart: true,
            "Alva vill att mamma är med på mötet men inte skolan.", YouthSocialWorker, DaysAgo(7));
        child.InviteUnit(Unit(HalsocentralenOdenslund), policy, DaysAgo(7));
        child.InvitePerson(ParticipantKind.Guardian, "Helena Nordin", "mamma", DaysAgo(7));
        db.Plans.Add(child);

        // Closed at the person's own wish (practice 17).
        var closed = SipPlan.Start(
            Guid.CreateVersion7(), NextNumber(), Person("19670405-9861", "Per-Olof Rask", now),
            "Spelberoende med skulder; behov av skuldrådgivning och behandling.", OriginKind.HealthCareContact, "HC-2026-0090",
            Unit(HalsocentralenOdenslund), DistrictNurse, null, policy, DaysAgo(120));
        closed.RecordConsent(
            ConsentGiver.Person, null, ConsentForm.Oral, [RegionJh, Ostersund], nextOfKinMayTakePart: false, null, DistrictNurse,
            DaysAgo(120));
        closed.InviteUnit(Unit(VuxenenhetenOstersund), policy, DaysAgo(119));
        closed.Close(PlanCloseReason.PersonEnded, "Personen har själv valt att avsluta samordningen.", DaysAgo(100));
        db.Plans.Add(closed);

        AddSecondRoundPlans(new Demo(policy, id => units.SingleOrDefault(u => u.Id == id), NextNumber, now));

        await db.SaveChangesAsync(cancellationToken);
    }

    private static SubjectPerson Person(string identityNumber, string name, DateTimeOffset now) =>
        new(
            PersonalIdentityNumber.Parse(identityNumber, SwedishTime.Today(now)), name, hasProtectedIdentity: false,
            childrenInHousehold: false);

    private static ActionType Catalog(string code) =>
        ActionTypeCatalog.Find(code) ?? throw new InvalidOperationException($"The action catalogue has no '{code}'.");
}
