using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Domain.Actions;
using Sip.Domain.Calendar;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// The December rules in the written plan: who acts for the person and within what mandate (rule 25), the need of
/// a tolk (rule 25), the placement with its legal basis, motive, care content, the region's choice and the LVM
/// checklist (rules 26b, 27), and no unit whose kallelse was forwarded or withdrawn (rule 7b); a revision's change
/// of them is in the versions, and gallring leaves none of the words about the person.
/// </summary>
public sealed partial class WrittenPlanTests
{
    private static readonly DateOnly Decided = SwedishTime.Today(SipWebFactory.Now).AddDays(-3);
    private static readonly DateOnly FullmaktUntil = SwedishTime.Today(SipWebFactory.Now).AddMonths(6);

    [Theory, SqliteData, PostgresData]
    public async Task The_written_plan_names_representatives_with_their_mandate_the_tolk_and_the_placement_and_not_a_unit_summoned_in_error(
        DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var planId = await PlanWithPeopleAndPlacementAsync(app, anonymise: false);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);

        var first = (await ReadAsync(social, planId, 1)).Text;
        var second = (await ReadAsync(social, planId, 2)).Text;

        var participants = Between(first, "Vilka som deltar", "Dina mål");
        Assert.Contains(
            $"Ali Said – ombud (fullmakt: Företräda mig i kontakter med vården, gäller till och med {Date(FullmaktUntil)})",
            participants, StringComparison.Ordinal);
        Assert.Contains("Gun Ek – god man (uppdrag: Sörja för person)", participants, StringComparison.Ordinal);
        Assert.Contains("Lisa Berg – stödperson", participants, StringComparison.Ordinal);
        Assert.Contains("Psykiatriska öppenvårdsmottagningen Östersund", participants, StringComparison.Ordinal);
        Assert.DoesNotContain("Hälsocentralen Odenslund", participants, StringComparison.Ordinal);
        Assert.DoesNotContain("Kommunal hälso- och sjukvård", participants, StringComparison.Ordinal);

        Assert.Contains("Tolk och stöd för att du ska kunna vara med", first, StringComparison.Ordinal);
        Assert.Contains("Tolk: arabiska. En tolk bokas till mötena.", first, StringComparison.Ordinal);
        Assert.Contains("Annat stöd: Bildstöd och korta möten.", first, StringComparison.Ordinal);

        var placement = Between(first, "Din placering", "Nästa uppföljning");
        Assert.Contains(
            $"Beslutet om placeringen fattades {Date(Decided)} enligt lagen om vård av missbrukare i vissa fall (LVM).",
            placement, StringComparison.Ordinal);
        Assert.Contains("Skäl till placeringen: missbruk eller beroende.", placement, StringComparison.Ordinal);
        Assert.Contains("Vård och behandling: Abstinensbehandling och återfallsprevention.", placement, StringComparison.Ordinal);
        Assert.Contains(
            "Hälso- och sjukvård under placeringen: regionen har inte bestämt ännu hur den ges.", placement, StringComparison.Ordinal);
        Assert.Contains($"Anmälan enligt 6 § LVM: gjord {Date(Decided)} av Dr Eva Berg.", placement, StringComparison.Ordinal);
        Assert.Contains("Läkarintyget: det är inte bestämt ännu var det skrivs.", placement, StringComparison.Ordinal);

        // Version 2, after the region chose and the certificate's place was set, says so; the versions show the change.
        Assert.Contains(
            "Hälso- och sjukvård under placeringen: du får en remiss till regionen där boendet ligger.", second,
                StringComparison.Ordinal);
        Assert.Contains("Läkarintyget skrivs vid: Hälsocentralen Odenslund.", second, StringComparison.Ordinal);
        Assert.Contains("Tolk: tigrinja.", second, StringComparison.Ordinal);
        using var versions = JsonDocument.Parse(await social.GetStringAsync(new Uri($"/api/v1/plans/{planId}/versions", UriKind.Relative)));
        var changes = versions.RootElement.EnumerateArray().Single(v => v.GetProperty("number").GetInt32() == 2).GetProperty("changes")
            .EnumerateArray()
            .Select(c => (c.GetProperty("area").GetString(), c.GetProperty("subject").GetString(), c.GetProperty("to").GetString()))
            .ToList();
        Assert.Contains((PlanSnapshotDiff.Placement, PlanSnapshotDiff.MedicalCare, "RemissToHostRegion"), changes);
        Assert.Contains((PlanSnapshotDiff.Placement, PlanSnapshotDiff.LvmCertificate, "Hälsocentralen Odenslund"), changes);
        Assert.Contains((PlanSnapshotDiff.Communication, PlanSnapshotDiff.Interpreter, "tigrinja"), changes);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_gallrad_version_keeps_the_placements_legal_basis_and_drops_what_was_written_about_the_person(
        DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var planId = await PlanWithPeopleAndPlacementAsync(app, anonymise: true);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);

        var text = (await ReadAsync(social, planId, 1)).Text;

        Assert.Contains("enligt lagen om vård av missbrukare i vissa fall (LVM)", text, StringComparison.Ordinal);
        Assert.Contains("Vård och behandling: Gallrat.", text, StringComparison.Ordinal);
        Assert.All(
            new[] { "Abstinensbehandling", "arabiska", "Bildstöd", "Ali Said", "Företräda mig" },
            gone => Assert.DoesNotContain(gone, text, StringComparison.Ordinal));
    }

    private static string Between(string text, string from, string to) =>
        text[text.IndexOf(from, StringComparison.Ordinal)..text.IndexOf(to, StringComparison.Ordinal)];

    /// <summary>
    /// Vuxenenheten's plan for a person with an ombud, a god man and a stödperson, a tolk in arabiska, a placement
    /// under LVM with the notification recorded; the hälsocentral's kallelse forwarded to psychiatry and Kommunal hälso-
    /// och sjukvård's withdrawn. Established, then revised after the region's choice and the certificate's place.
    /// </summary>
    private static async Task<Guid> PlanWithPeopleAndPlacementAsync(SipWebFactory app, bool anonymise)
    {
        await using var db = app.Database.CreateContext();
        var now = SipWebFactory.Now;
        var policy = await db.CountyPolicies.FirstAsync();
        var units = await db.Units.ToDictionaryAsync(u => u.Id);
        var kinds = units.ToDictionary(u => u.Key, u => u.Value.OrganizationKind);
        var person = new SubjectPerson(
            PersonalIdentityNumber.Parse("19730612-9847", SwedishTime.Today(now)), "Amina Placerad", false, childrenInHousehold: false);
        var plan = SipPlan.Start(
            Guid.CreateVersion7(), Scenarios.NextReferenceNumber(), person, "Samordning kring placering.", OriginKind.SocialServicesCase,
            $"WP-{Guid.NewGuid():N}"[..20], units[DemoDirectory.VuxenenhetenOstersund], DemoDirectory.SocialWorker, null, policy, now);
        plan.RecordConsent(
            ConsentGiver.Person, null, ConsentForm.Oral, [DemoDirectory.Ostersund, DemoDirectory.RegionJh], true, null,
            DemoDirectory.SocialWorker, now);
        var clinic = plan.InviteUnit(units[DemoDirectory.BeroendemottagningenOstersund], policy, now);
        plan.AcceptInvitation(clinic.Id, DemoDirectory.Nurse, now);
        var wrong = plan.InviteUnit(units[DemoDirectory.HalsocentralenOdenslund], policy, now);
        plan.ForwardInvitation(
            wrong.Id, units[DemoDirectory.HalsocentralenOdenslund], units[DemoDirectory.PsykiatriskaOppenvarden], null,
            "Psykiatrin ska kallas.", policy, now);
        var mistaken = plan.InviteUnit(units[DemoDirectory.KommunalHsvOstersund], policy, now);
        plan.WithdrawInvitation(mistaken.Id, DemoDirectory.VuxenenhetenOstersund, null, "Kallad av misstag.", now);
        plan.InvitePerson(
            ParticipantKind.Ombud, "Ali Said", "bror", now, mandate: new("Företräda mig i kontakter med vården", true, FullmaktUntil));
        plan.InvitePerson(ParticipantKind.GodMan, "Gun Ek", null, now, mandate: new("Sörja för person", true, null));
        plan.InvitePerson(ParticipantKind.SupportPerson, "Lisa Berg", null, now);
        plan.RecordCommunicationNeed(true, "arabiska", "Bildstöd och korta möten", now);
        plan.RegisterPlacement(
            new HvbPlacement(Decided, Decided, isAcute: false, precededBySip: true, policy, DemoDirectory.Ostersund)
                .Describe(PlacementLegalBasis.Lvm, PlacementMotive.SubstanceUse, null, "Abstinensbehandling och återfallsprevention."),
            now);
        plan.RecordLvmChecklist("Dr Eva Berg", Decided, null, now);
        plan.RecordGoalsAndNeeds("Jag vill bli fri från alkoholen.", ["Behandling"], now);
        var laro = plan.ProposeAction(
            ActionTypeCatalog.Find("region.laro")!, units[DemoDirectory.BeroendemottagningenOstersund], null, "Behandling.",
            new DateOnly(2026, 12, 1), null, DemoDirectory.SocialWorker, policy, now);
        plan.AcceptAction(laro.Id, DemoDirectory.BeroendemottagningenOstersund, DemoDirectory.Nurse, now);
        plan.AssignOverallResponsibility(DemoDirectory.VuxenenhetenOstersund, now);
        plan.Establish(kinds, new Establishment(true, null, true, null), DemoDirectory.SocialWorker, policy, now);

        var later = now.AddDays(30);
        plan.ChooseMedicalCare(MedicalCareChoice.RemissToHostRegion, units[DemoDirectory.BeroendemottagningenOstersund], later);
        plan.RecordLvmChecklist(null, null, "Hälsocentralen Odenslund", later);
        plan.RecordCommunicationNeed(true, "tigrinja", null, later);
        plan.RecordFollowUp(
            plan.NextFollowUp!.Id, "Placeringen följdes upp.", kinds, new Establishment(true, null, true, null),
            DemoDirectory.SocialWorker, policy, later);
        if (anonymise)
        {
            plan.Close(PlanCloseReason.PersonEnded, null, later);
            plan.Anonymise(later);
        }

        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }
}
