using Sip.Domain.Calendar;
using Sip.Domain.Common;
using Sip.Domain.Plans;

namespace Sip.Domain.Tests.Rules;

/// <summary>
/// Rule 7b: a wrongly summoned unit forwards its kallelse within its principal, or the initiating
/// unit withdraws it; neither is a refusal (rule 7).
/// </summary>
public sealed class ForwardedInvitationRuleTests
{
    private static readonly DateTimeOffset Now = World.Now;
    private static readonly DateTimeOffset Later = Now.AddDays(3);
    private readonly World _w = new();

    [Fact]
    public void Rule07b_a_wrongly_summoned_unit_forwards_the_kallelse_and_the_new_units_time_starts_that_day()
    {
        var plan = _w.WithConsent(_w.Start());
        var wrong = plan.InviteUnit(_w.HealthCentre, _w.Policy, Now);
        plan.ClearNotices();

        var right = plan.ForwardInvitation(
            wrong.Id, _w.HealthCentre, _w.Clinic, _w.Nurse, "Psykiatrin ska kallas, inte hälsocentralen.", _w.Policy, Later);

        Assert.Equal(InvitationState.Forwarded, wrong.State);
        Assert.NotEqual(InvitationState.Declined, wrong.State);
        Assert.Equal(right.Id, wrong.ForwardedToParticipantId);
        Assert.Equal("Psykiatrin ska kallas, inte hälsocentralen.", wrong.RedirectReason);
        Assert.Null(wrong.DeclineReason);
        Assert.Equal(InvitationState.Invited, right.State);
        Assert.True(right.IsObliged);
        Assert.Equal(_w.Clinic.Id, right.UnitId);
        Assert.Equal(SwedishCalendar.AddWorkingDays(SwedishTime.Today(Later), _w.Policy.InvitationResponseWorkingDays), right.RespondBy);
        Assert.True(right.RespondBy > wrong.RespondBy);
        Assert.Null(plan.ParticipantForUnit(_w.HealthCentre.Id));
        Assert.False(plan.IsVisibleTo(_w.HealthCentre.Id, _w.Region.Id));
        Assert.Contains(plan.PendingNotices, n => n is { Kind: NoticeKind.InvitationForwarded } && n.RecipientId == _w.Social.Id);
        Assert.Contains(plan.PendingNotices, n => n is { Kind: NoticeKind.Invitation } && n.RecipientId == _w.Clinic.Id);
        Fails(PlanErrors.InvitationAlreadyAnswered, () => plan.AcceptInvitation(wrong.Id, _w.Nurse, Later));
    }

    [Fact]
    public void Rule07b_a_kallelse_goes_on_only_within_the_same_principal_by_the_summoned_unit_with_a_reason()
    {
        var plan = _w.WithConsent(_w.Start());
        var wrong = plan.InviteUnit(_w.HealthCentre, _w.Policy, Now);
        var af = plan.InviteUnit(_w.AfOffice, _w.Policy, Now);

        Fails(PlanErrors.ForwardOtherPrincipal,
            () => plan.ForwardInvitation(wrong.Id, _w.HealthCentre, _w.Social, null, "Fel", _w.Policy, Now));
        Fails(PlanErrors.RedirectReasonRequired,
            () => plan.ForwardInvitation(wrong.Id, _w.HealthCentre, _w.Clinic, null, "", _w.Policy, Now));
        Fails(PlanErrors.ForwardByOwnUnit, () => plan.ForwardInvitation(wrong.Id, _w.Clinic, _w.Clinic, null, "Fel", _w.Policy, Now));
        Fails(PlanErrors.ForwardOnlyObliged, () => plan.ForwardInvitation(af.Id, _w.AfOffice, _w.AfOffice, null, "Fel", _w.Policy, Now));
        Assert.Equal(InvitationState.Invited, wrong.State);

        // A private hälsocentral passes it to its contracting principal's unit, and back again.
        var forwarded = plan.ForwardInvitation(wrong.Id, _w.HealthCentre, _w.PrivateHealthCentre, null, "Listad privat", _w.Policy, Now);
        plan.ForwardInvitation(forwarded.Id, _w.PrivateHealthCentre, _w.Clinic, null, "Psykiatri", _w.Policy, Now);
        Assert.Equal(InvitationState.Invited, plan.ParticipantForUnit(_w.Clinic.Id)!.State);
    }

    [Fact]
    public void Rule07b_the_initiating_unit_withdraws_a_kallelse_sent_in_error()
    {
        var plan = _w.WithConsent(_w.Start());
        var wrong = plan.InviteUnit(_w.HealthCentre, _w.Policy, Now);
        var clinic = plan.InviteUnit(_w.Clinic, _w.Policy, Now);
        plan.ClearNotices();

        Fails(PlanErrors.WithdrawByInitiator, () => plan.WithdrawInvitation(wrong.Id, _w.Clinic.Id, null, "Fel", Now));
        Fails(PlanErrors.RedirectReasonRequired, () => plan.WithdrawInvitation(wrong.Id, _w.Social.Id, null, "", Now));
        plan.WithdrawInvitation(wrong.Id, _w.Social.Id, _w.SocialWorker, "Kallad av misstag.", Now);

        Assert.Equal(InvitationState.Withdrawn, wrong.State);
        Assert.Equal("Kallad av misstag.", wrong.RedirectReason);
        Assert.Null(plan.ParticipantForUnit(_w.HealthCentre.Id));
        Assert.Contains(plan.PendingNotices, n => n is { Kind: NoticeKind.InvitationWithdrawn } && n.RecipientId == _w.HealthCentre.Id);
        plan.AcceptInvitation(clinic.Id, _w.Nurse, Now);
        Fails(PlanErrors.InvitationAlreadyAnswered, () => plan.WithdrawInvitation(clinic.Id, _w.Social.Id, null, "Fel", Now));

        // Withdrawn is not taking part: the unit can be summoned again if it turns out to be right after all.
        var again = plan.InviteUnit(_w.HealthCentre, _w.Policy, Later);
        Assert.Equal(InvitationState.Invited, again.State);
    }

    [Fact]
    public void Rule07b_the_insatser_not_yet_answered_follow_the_kallelse_and_those_decided_stay_with_the_unit()
    {
        var plan = _w.WithConsent(_w.Start());
        var wrong = plan.InviteUnit(_w.HealthCentre, _w.Policy, Now);
        var open = Propose(plan, "region.diagnostik-och-behandling", "Utredning");
        var decided = Propose(plan, "region.forebyggande-insatser", "Hälsosamtal");
        var refused = Propose(plan, "region.drogtester", "Drogtester");
        plan.AcceptAction(decided.Id, _w.HealthCentre.Id, _w.Nurse, Now);
        plan.RejectAction(refused.Id, _w.HealthCentre.Id, _w.Nurse, "Görs inte här.", Now);
        plan.ClearNotices();

        var right = plan.ForwardInvitation(wrong.Id, _w.HealthCentre, _w.Clinic, _w.Nurse, "Psykiatrin.", _w.Policy, Later);

        Assert.Equal((_w.Clinic.Id, ActionStatus.Proposed), (open.OwningUnitId, open.Status));
        Assert.Equal(SwedishCalendar.AddWorkingDays(SwedishTime.Today(Later), _w.Policy.ActionAcceptanceWorkingDays), open.AcceptBy);
        Assert.Equal(right.UnitId, open.OwningUnitId);
        Assert.Contains(plan.PendingNotices, n => n is { Kind: NoticeKind.ActionProposed } && n.RecipientId == _w.Clinic.Id
            && n.SubjectId == open.Id);
        Assert.Equal((_w.HealthCentre.Id, ActionStatus.Accepted), (decided.OwningUnitId, decided.Status));
        Assert.Equal(_w.HealthCentre.Id, refused.OwningUnitId);
        var stayed = plan.PendingNotices.Where(n => n.Kind == NoticeKind.ActionStayedWithUnit).ToList();
        Assert.Equal([(decided.Id, _w.Social.Id)], stayed.Select(n => (n.SubjectId, n.RecipientId)));

        // The new unit answers the insats; the forwarding unit no longer can.
        Fails(PlanErrors.ActionNotOwningUnit, () => plan.AcceptAction(open.Id, _w.HealthCentre.Id, _w.Nurse, Later));
        plan.AcceptAction(open.Id, _w.Clinic.Id, _w.Nurse, Later);
    }

    [Fact]
    public void Rule07b_a_withdrawn_kallelse_returns_its_unanswered_insatser_to_the_coordinators()
    {
        var plan = _w.WithConsent(_w.Start());
        var wrong = plan.InviteUnit(_w.HealthCentre, _w.Policy, Now);
        var open = Propose(plan, "region.diagnostik-och-behandling", "Utredning");
        var decided = Propose(plan, "region.forebyggande-insatser", "Hälsosamtal");
        plan.AcceptAction(decided.Id, _w.HealthCentre.Id, _w.Nurse, Now);
        plan.ClearNotices();

        plan.WithdrawInvitation(wrong.Id, _w.Social.Id, _w.SocialWorker, "Kallad av misstag.", Later);

        Assert.DoesNotContain(plan.Actions, a => a.OwningUnitId == _w.HealthCentre.Id && a.Status == ActionStatus.Proposed);
        Assert.Equal(ActionStatus.Rejected, open.Status);
        Assert.False(open.IsInPlan);
        Assert.Equal("Kallelsen till enheten återkallades: Kallad av misstag.", open.RejectionReason);
        Assert.Equal(_w.SocialWorker, open.DecidedByUserId);
        Assert.Contains(plan.PendingNotices, n => n is { Kind: NoticeKind.ActionRejected } && n.RecipientId == _w.Social.Id
            && n.SubjectId == open.Id);
        Assert.Equal(ActionStatus.Accepted, decided.Status);
    }

    private PlanAction Propose(SipPlan plan, string type, string what) =>
        plan.ProposeAction(World.Type(type), _w.HealthCentre, null, what, new DateOnly(2027, 1, 11), null, _w.SocialWorker, _w.Policy, Now);

    private static void Fails(string code, Action act) => Assert.Equal(code, Assert.Throws<DomainException>(act).Code);
}
