using Sip.Domain.Plans;

namespace Sip.Domain.Tests.Rules;

/// <summary>Nothing falls between two organisations: each change owes a notice to the units it concerns, once.</summary>
public sealed class NoticeTests
{
    private readonly World _world = new();

    [Fact]
    public void Summoning_a_unit_owes_that_unit_one_invitation()
    {
        var plan = _world.WithConsent(_world.Start());
        plan.ClearNotices();

        var clinic = plan.InviteUnit(_world.Clinic, _world.Policy, World.Now);

        var notice = Assert.Single(plan.PendingNotices);
        Assert.Equal((NoticeKind.Invitation, _world.Clinic.Id, clinic.Id, plan.Version),
            (notice.Kind, notice.RecipientId, notice.SubjectId, notice.PlanVersion));
    }

    [Fact]
    public void A_meeting_is_announced_to_every_unit_taking_part_but_not_to_one_that_declined()
    {
        var plan = _world.WithConsent(_world.Start());
        var clinic = plan.InviteUnit(_world.Clinic, _world.Policy, World.Now);
        var af = plan.InviteUnit(_world.AfOffice, _world.Policy, World.Now);
        plan.AcceptInvitation(clinic.Id, _world.Nurse, World.Now);
        plan.DeclineInvitation(af.Id, null, "Personen är inte inskriven hos oss.", World.Now);
        plan.ClearNotices();

        var meeting = plan.ScheduleMeeting(World.Now.AddDays(7), TimeSpan.FromHours(1), "Rådhuset", null, [], World.Now);
        plan.RescheduleMeeting(meeting.Id, World.Now.AddDays(8), TimeSpan.FromHours(1), "Rådhuset", null, [], World.Now);

        (NoticeKind, Guid)[] expected = [(NoticeKind.MeetingScheduled, _world.Social.Id), (NoticeKind.MeetingScheduled, _world.Clinic.Id),
            (NoticeKind.MeetingMoved, _world.Social.Id), (NoticeKind.MeetingMoved, _world.Clinic.Id)];
        Assert.Equal(expected.Order(), plan.PendingNotices.Select(n => (n.Kind, n.RecipientId)).Order());
        Assert.Equal(4, plan.PendingNotices.Select(n => n.Key).Distinct().Count());
    }

    [Fact]
    public void A_rejected_insats_goes_back_to_the_initiating_and_the_overall_responsible_unit()
    {
        var plan = _world.WithConsent(_world.Start());
        var clinic = plan.InviteUnit(_world.Clinic, _world.Policy, World.Now);
        plan.AcceptInvitation(clinic.Id, _world.Nurse, World.Now);
        plan.AssignOverallResponsibility(_world.Clinic.Id, World.Now);
        var laro = plan.ProposeAction(World.Type("region.laro"), _world.Clinic, null, "LARO", new DateOnly(2026, 12, 1), null,
            _world.SocialWorker, _world.Policy, World.Now);
        Assert.Contains(plan.PendingNotices, n => n is { Kind: NoticeKind.ActionProposed } && n.RecipientId == _world.Clinic.Id);
        plan.ClearNotices();

        plan.RejectAction(laro.Id, _world.Clinic.Id, _world.Nurse, "Görs på hälsocentralen.", World.Now);

        Assert.Equal([_world.Social.Id, _world.Clinic.Id],
            plan.PendingNotices.Where(n => n.Kind == NoticeKind.ActionRejected).Select(n => n.RecipientId).ToList());
    }

    [Fact]
    public void Withdrawn_consent_and_an_established_plan_reach_every_unit()
    {
        var plan = _world.ReadyToEstablish();
        plan.ClearNotices();

        plan.Establish(_world.Kinds, World.WithPerson, _world.SocialWorker, _world.Policy, World.Now);
        plan.WithdrawConsent("Vill inte längre.", World.Now);

        Assert.Equal(2, plan.PendingNotices.Count(n => n.Kind == NoticeKind.PlanEstablished));
        Assert.Equal(2, plan.PendingNotices.Count(n => n.Kind == NoticeKind.ConsentWithdrawn));
    }

    [Fact]
    public void A_change_that_is_refused_owes_no_notice()
    {
        var plan = _world.Start();
        plan.ClearNotices();

        Assert.Throws<Common.DomainException>(() => plan.InviteUnit(_world.Clinic, _world.Policy, World.Now));

        Assert.Empty(plan.PendingNotices);
    }

    [Fact]
    public void A_närstående_with_an_address_hears_of_the_invitation_and_the_meetings_but_not_of_the_units_business()
    {
        var plan = _world.WithConsent(_world.Start(), nextOfKin: true);
        var person = plan.Participants.Single(p => p.Kind == ParticipantKind.Person);
        plan.ClearNotices();

        var mother = plan.InvitePerson(ParticipantKind.NextOfKin, "Eva", "mamma", World.Now, "eva@example.se");
        var brother = plan.InvitePerson(ParticipantKind.NextOfKin, "Olof", "bror", World.Now);
        plan.ChangeParticipantEmail(person.Id, "  person@example.se ", World.Now);
        var meeting = plan.ScheduleMeeting(World.Now.AddDays(7), TimeSpan.FromHours(1), "Rådhuset", null, [], World.Now);
        plan.WithdrawConsent("Vill inte längre.", World.Now);

        var toPeople = plan.PendingNotices.Where(n => n.Recipient == NoticeRecipient.Participant).Select(n => (n.Kind, n.RecipientId))
            .ToList();
        (NoticeKind, Guid)[] expected =
            [(NoticeKind.Invitation, mother.Id), (NoticeKind.MeetingScheduled, mother.Id), (NoticeKind.MeetingScheduled, person.Id)];
        Assert.Equal(expected.Order(), toPeople.Order());
        Assert.DoesNotContain(plan.PendingNotices, n => n.RecipientId == brother.Id);
        Assert.Equal("person@example.se", person.Email);
        Assert.Equal(meeting.Id,
            plan.PendingNotices.First(n => n is { Kind: NoticeKind.MeetingScheduled, Recipient: NoticeRecipient.Participant }).SubjectId);
    }

    [Fact]
    public void A_unit_is_reached_through_its_mailbox_so_no_address_is_recorded_on_it()
    {
        var plan = _world.WithConsent(_world.Start());
        var clinic = plan.InviteUnit(_world.Clinic, _world.Policy, World.Now);

        var refused = Assert.Throws<Common.DomainException>(() => plan.ChangeParticipantEmail(clinic.Id, "någon@example.se", World.Now));

        Assert.Equal(PlanErrors.EmailOnlyForPeople, refused.Code);
    }
}
