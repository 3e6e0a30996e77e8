using Sip.Domain.Calendar;
using Sip.Domain.Plans;

namespace Sip.Domain.Tests.Rules;

/// <summary>
/// The facts of rules 7b, 25, 26b and 27 reach the established version (<see cref="PlanSnapshot"/>), what a
/// revision changed (<see cref="PlanSnapshotDiff"/>) and what gallring keeps (<see cref="PlanSnapshot.Redacted"/>).
/// </summary>
public sealed class WrittenPlanSnapshotRuleTests
{
    private static readonly DateOnly Today = SwedishTime.Today(World.Now);
    private static readonly DateTimeOffset Later = World.Now.AddDays(30);
    private readonly World _w = new();

    private PlanSnapshot Establish(SipPlan plan) =>
        PlanSnapshot.FromJson(plan.Establish(_w.Kinds, World.WithPerson, _w.SocialWorker, _w.Policy, World.Now).ContentJson);

    private PlanSnapshot Revise(SipPlan plan) => PlanSnapshot.FromJson(plan.RecordFollowUp(
        plan.NextFollowUp!.Id, "Uppföljning.", _w.Kinds, World.WithPerson, _w.SocialWorker, _w.Policy, Later).ContentJson);

    private HvbPlacement Lvm() => new HvbPlacement(Today, Today, isAcute: false, precededBySip: true, _w.Policy, _w.Kommun.Id)
        .Describe(PlacementLegalBasis.Lvm, PlacementMotive.Other, "Våld i nära relation",
            "Abstinensbehandling och återfallsprevention.");

    [Fact]
    public void Rule26b_27_the_placement_its_medical_part_and_the_LVM_checklist_are_in_the_version_and_a_revision_shows_their_change()
    {
        var plan = _w.ReadyToEstablish();
        plan.RegisterPlacement(Lvm(), World.Now);
        plan.RecordLvmChecklist("Dr Eva Berg", Today, null, World.Now);

        var first = Establish(plan);

        Assert.Equal(
            new PlanSnapshot.PlacementLine(
                Today, Today, PlacementLegalBasis.Lvm, PlacementMotive.Other, "Våld i nära relation",
                "Abstinensbehandling och återfallsprevention.", null, "Dr Eva Berg", Today, null),
            first.Placement);
        Assert.True(first.Placement!.LvmChecklistOpen);

        plan.ChooseMedicalCare(MedicalCareChoice.RemissToHostRegion, _w.Clinic, Later);
        plan.RecordLvmChecklist(null, null, "Hälsocentralen Odenslund", Later);
        var second = Revise(plan);

        Assert.False(second.Placement!.LvmChecklistOpen);
        Assert.Equal(
            [
                new SnapshotChange(
                    PlanSnapshotDiff.Placement, SnapshotChangeKind.Changed, PlanSnapshotDiff.MedicalCare, null, "RemissToHostRegion"),
                new SnapshotChange(
                    PlanSnapshotDiff.Placement, SnapshotChangeKind.Changed, PlanSnapshotDiff.LvmCertificate, null,
                    "Hälsocentralen Odenslund"),
            ],
            PlanSnapshotDiff.Between(first, second).Where(c => c.Area == PlanSnapshotDiff.Placement));

        // Gallring keeps the basis, the motive's category and the region's choice; the words about the person go.
        var redacted = second.Redacted().Placement!;
        Assert.Equal((PlacementLegalBasis.Lvm, PlacementMotive.Other), (redacted.LegalBasis, redacted.Motive));
        Assert.Equal(MedicalCareChoice.RemissToHostRegion, redacted.MedicalCare);
        Assert.Null(redacted.MotiveText);
        Assert.Null(redacted.CareContent);
        Assert.DoesNotContain("Våld i nära relation", second.Redacted().ToJson(), StringComparison.Ordinal);
        Assert.DoesNotContain("Abstinensbehandling", second.Redacted().ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rule26b_a_placement_registered_after_the_version_is_added_by_the_revision()
    {
        var plan = _w.ReadyToEstablish();
        var first = Establish(plan);
        plan.RegisterPlacement(Lvm(), Later);

        var changes = PlanSnapshotDiff.Between(first, Revise(plan));

        Assert.Null(first.Placement);
        Assert.Contains(
            new SnapshotChange(PlanSnapshotDiff.Placement, SnapshotChangeKind.Added, PlanSnapshotDiff.PlacementSubject, null, "Lvm"),
            changes);
    }

    [Fact]
    public void Rule25_the_need_of_a_tolk_and_other_support_is_in_the_version_a_revision_shows_it_and_gallring_drops_it()
    {
        var plan = _w.ReadyToEstablish();
        plan.RecordCommunicationNeed(true, " arabiska ", null, World.Now);

        var first = Establish(plan);
        plan.RecordCommunicationNeed(true, "tigrinja", "Bildstöd", Later);
        var second = Revise(plan);

        Assert.Equal(new PlanSnapshot.CommunicationLine(true, "arabiska", null), first.Communication);
        Assert.Equal(
            [
                new SnapshotChange(
                    PlanSnapshotDiff.Communication, SnapshotChangeKind.Changed, PlanSnapshotDiff.Interpreter, "arabiska", "tigrinja"),
                new SnapshotChange(
                    PlanSnapshotDiff.Communication, SnapshotChangeKind.Added, PlanSnapshotDiff.OtherSupport, null, "Bildstöd"),
            ],
            PlanSnapshotDiff.Between(first, second).Where(c => c.Area == PlanSnapshotDiff.Communication));
        Assert.Null(second.Redacted().Communication);
    }

    [Fact]
    public void Rule25_a_representative_is_in_the_version_with_the_capacity_and_the_mandate_and_gallring_keeps_neither_name_nor_scope()
    {
        var plan = _w.ReadyToEstablish();
        var until = Today.AddMonths(6);
        var ombud = plan.InvitePerson(
            ParticipantKind.Ombud, "Ali Said", "bror", World.Now, mandate: new("Företräda mig i kontakter med vården", true, until));
        var godMan = plan.InvitePerson(ParticipantKind.GodMan, "Gun Ek", null, World.Now, mandate: new("Sörja för person", true, null));
        var support = plan.InvitePerson(ParticipantKind.SupportPerson, "Lisa Berg", null, World.Now);

        var version = Establish(plan);

        Assert.Equal(
            new PlanSnapshot.ParticipantLine(
                ombud.Id, ParticipantKind.Ombud, null, "Ali Said", InvitationState.Invited,
                new("Företräda mig i kontakter med vården", true, until)),
            version.Participants.Single(p => p.Id == ombud.Id));
        Assert.Equal(
            new RepresentativeMandate("Sörja för person", true, null), version.Participants.Single(p => p.Id == godMan.Id).Mandate);
        Assert.Null(version.Participants.Single(p => p.Id == support.Id).Mandate);
        var redacted = version.Redacted().Participants.Single(p => p.Id == ombud.Id);
        Assert.Equal(
            (SipPlan.Redacted, SipPlan.Redacted, until), (redacted.DisplayName, redacted.Mandate!.Scope, redacted.Mandate.ValidUntil));
    }

    [Fact]
    public void Rule07b_a_forwarded_or_withdrawn_kallelse_is_not_a_participant_of_the_version_and_the_unit_it_went_to_is()
    {
        var plan = _w.ReadyToEstablish();
        var wrong = plan.InviteUnit(_w.HealthCentre, _w.Policy, World.Now);
        var right = plan.ForwardInvitation(
            wrong.Id, _w.HealthCentre, _w.PrivateHealthCentre, _w.Nurse, "Listad privat.", _w.Policy, World.Now);
        var mistaken = plan.InviteUnit(_w.AfOffice, _w.Policy, World.Now);
        plan.WithdrawInvitation(mistaken.Id, _w.Social.Id, null, "Kallad av misstag.", World.Now);

        var version = Establish(plan);

        var ids = version.Participants.Select(p => p.Id).ToList();
        Assert.DoesNotContain(wrong.Id, ids);
        Assert.DoesNotContain(mistaken.Id, ids);
        Assert.Contains(right.Id, ids);
        Assert.DoesNotContain(version.Participants, p => p.State is InvitationState.Forwarded or InvitationState.Withdrawn);
    }

    [Fact]
    public void A_version_stored_before_these_facts_still_reads()
    {
        var plan = _w.ReadyToEstablish();
        var stored = plan.Establish(_w.Kinds, World.WithPerson, _w.SocialWorker, _w.Policy, World.Now).ContentJson;
        var old = System.Text.Json.Nodes.JsonNode.Parse(stored)!.AsObject();
        old.Remove("placement");
        old.Remove("communication");
        foreach (var participant in old["participants"]!.AsArray())
        {
            participant!.AsObject().Remove("mandate");
        }

        var read = PlanSnapshot.FromJson(old.ToJsonString());

        Assert.Null(read.Placement);
        Assert.Null(read.Communication);
        Assert.All(read.Participants, p => Assert.Null(p.Mandate));
        Assert.Empty(PlanSnapshotDiff.Between(read, PlanSnapshot.FromJson(stored)));
    }
}
