using Sip.Domain.Common;
using Sip.Domain.Organizations;
using Sip.Domain.Plans;

namespace Sip.Domain.Tests.Rules;

/// <summary>
/// Issue 33: one source of truth for what a user may do. The insats's transition table drives both
/// <see cref="PlanAction.NextStatuses"/> and the change itself; <see cref="PlanDeadlines.Of"/> says which deadlines are open.
/// </summary>
public sealed class PlanDeadlinesTests
{
    private readonly World _w = new();
    private static DateTimeOffset Now => World.Now;

    [Fact]
    public void Every_pair_of_statuses_moves_exactly_when_the_table_allows_it()
    {
        var expected = new Dictionary<ActionStatus, ActionStatus[]>
        {
            [ActionStatus.Accepted] = [ActionStatus.Ongoing, ActionStatus.Discontinued],
            [ActionStatus.Ongoing] = [ActionStatus.Completed, ActionStatus.Discontinued],
        };
        foreach (var from in Enum.GetValues<ActionStatus>())
        {
            Assert.Equal(expected.GetValueOrDefault(from) ?? [], PlanAction.NextStatuses(from));
            foreach (var to in Enum.GetValues<ActionStatus>())
            {
                var (plan, action) = InsatsIn(from);
                var move = () => plan.ChangeActionStatus(action.Id, _w.Social.Id, to, Now);
                if (PlanAction.NextStatuses(from).Contains(to))
                {
                    move();
                    Assert.Equal(to, action.Status);
                }
                else
                {
                    Assert.Throws<DomainException>(move);
                    Assert.Equal(from, action.Status);
                }
            }
        }
    }

    [Fact]
    public void A_started_plan_owes_its_first_meeting_the_kallelse_and_the_answer_to_an_insats()
    {
        var plan = _w.WithConsent(_w.Start());
        var clinic = plan.InviteUnit(_w.Clinic, _w.Policy, Now);
        var laro = plan.ProposeAction(
            World.Type("region.laro"), _w.Clinic, null, "LARO", new DateOnly(2026, 12, 1), null, _w.SocialWorker, _w.Policy, Now);

        Assert.Equal(
            [
                (DeadlineKind.InvitationUnanswered, clinic.Id, clinic.RespondBy!.Value),
                (DeadlineKind.ActionUnanswered, laro.Id, laro.AcceptBy),
                (DeadlineKind.FirstMeetingNotHeld, plan.Id, plan.FirstMeetingDueOn),
            ],
            Owed(plan).OrderBy(d => d.Kind == DeadlineKind.FirstMeetingNotHeld).ThenBy(d => d.Kind));

        plan.AcceptInvitation(clinic.Id, _w.Nurse, Now);
        plan.AcceptAction(laro.Id, _w.Clinic.Id, _w.Nurse, Now);
        var meeting = plan.ScheduleMeeting(Now.AddDays(3), TimeSpan.FromHours(1), "Rum 1", null, [], Now);
        Assert.Equal([DeadlineKind.FirstMeetingNotHeld], Owed(plan).Select(d => d.Kind));
        plan.RecordMeetingHeld(meeting.Id, Now.AddDays(3));
        Assert.Empty(PlanDeadlines.Of(plan));
    }

    [Fact]
    public void A_placement_owes_its_sip_and_its_cost_allocation_until_both_managers_agree()
    {
        var plan = _w.WithConsent(_w.Start());
        var clinic = plan.InviteUnit(_w.Clinic, _w.Policy, Now);
        plan.AcceptInvitation(clinic.Id, _w.Nurse, Now);
        plan.RegisterPlacement(
            new HvbPlacement(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), true, precededBySip: false, _w.Policy, _w.Kommun.Id),
            Now);
        Assert.Contains(DeadlineKind.CostAllocationNotSettled, Owed(plan).Select(d => d.Kind));
        Assert.Contains(DeadlineKind.PlacementSipNotHeld, Owed(plan).Select(d => d.Kind));

        plan.ProposeCostAllocation(CostShareKind.Percent, 60, 40, "Behandling är hälso- och sjukvård.", _w.Social.Id, Now);
        plan.AgreeCostAllocation(OrganizationKind.Municipality, World.Manager(_w.Social, "Helena Sandberg", "Enhetschef"), Now);
        plan.AgreeCostAllocation(OrganizationKind.Region, World.Manager(_w.Clinic, "Per Åberg", "Verksamhetschef"), Now);

        Assert.DoesNotContain(DeadlineKind.CostAllocationNotSettled, Owed(plan).Select(d => d.Kind));
    }

    [Fact]
    public void An_established_plan_owes_its_follow_up_and_the_start_of_a_granted_insats_and_an_ended_plan_owes_nothing()
    {
        var plan = _w.ReadyToEstablish();
        plan.Establish(_w.Kinds, World.WithPerson, _w.SocialWorker, _w.Policy, Now);
        var housing = plan.Actions.Single(a => a.ActionTypeCode == "kommun.boendestod");
        var followUp = plan.FollowUps.Single();

        Assert.Equal(
            [
                (DeadlineKind.FollowUpOverdue, followUp.Id, followUp.DueOn),
                (DeadlineKind.ActionNotExecuted, housing.Id, housing.NotExecutedBy!.Value),
            ],
            Owed(plan).OrderBy(d => d.Kind));
        Assert.True(plan.Status.IsOpen());

        plan.Close(PlanCloseReason.PersonEnded, "Personen avslutade.", Now);
        Assert.False(plan.Status.IsOpen());
        Assert.Empty(PlanDeadlines.Of(plan));
    }

    private static List<(DeadlineKind Kind, Guid SubjectId, DateOnly DueOn)> Owed(SipPlan plan) =>
        [.. PlanDeadlines.Of(plan).Select(d => (d.Kind, d.SubjectId, d.DueOn))];

    /// <summary>A plan with one municipal insats brought to <paramref name="status"/> the way a unit does.</summary>
    private (SipPlan Plan, PlanAction Action) InsatsIn(ActionStatus status)
    {
        var plan = _w.WithConsent(_w.Start());
        var action = plan.ProposeAction(
            World.Type("kommun.boendestod"), _w.Social, null, "Boendestöd", new DateOnly(2026, 12, 1), null,
            _w.SocialWorker, _w.Policy, Now);
        if (status == ActionStatus.Rejected)
        {
            plan.RejectAction(action.Id, _w.Social.Id, _w.SocialWorker, "Behovet möts på annat sätt.", Now);
        }
        else if (status != ActionStatus.Proposed)
        {
            plan.AcceptAction(action.Id, _w.Social.Id, _w.SocialWorker, Now);
        }

        if (status is ActionStatus.Ongoing or ActionStatus.Completed)
        {
            plan.ChangeActionStatus(action.Id, _w.Social.Id, ActionStatus.Ongoing, Now);
        }

        if (status is ActionStatus.Completed or ActionStatus.Discontinued)
        {
            plan.ChangeActionStatus(action.Id, _w.Social.Id, status, Now);
        }

        Assert.Equal(status, action.Status);
        return (plan, action);
    }
}
