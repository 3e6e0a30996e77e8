using System.Linq.Expressions;

namespace Sip.Domain.Plans;

/// <summary>A deadline a plan still owes: its kind, the item it is about (the plan itself for its own), and its day.</summary>
public sealed record OpenDeadline(DeadlineKind Kind, Guid SubjectId, DateOnly DueOn);

/// <summary>
/// Which deadlines of an open plan are still owed, whatever the day: the plan page lists them and the
/// reminder scan chases those whose day has passed, as the database asks these same expressions.
/// </summary>
public static class PlanDeadlines
{
    /// <summary>A kallelse to a unit with a day to answer by, not yet answered.</summary>
    public static readonly Expression<Func<Participant, bool>> AnswerOwed =
        x => x.State == InvitationState.Invited && x.UnitId != null && x.RespondBy != null;

    /// <summary>An insats its owning unit has not yet accepted or rejected.</summary>
    public static readonly Expression<Func<PlanAction, bool>> DecisionOwed = a => a.Status == ActionStatus.Proposed;

    /// <summary>Rule 22: a granted municipal insats not started, chased until it is reported to IVO.</summary>
    public static readonly Expression<Func<PlanAction, bool>> StartOwed =
        a => a.Status == ActionStatus.Accepted && a.NotExecutedBy != null && a.ReportedToIvoOn == null;

    /// <summary>Follow-ups are owed by an established plan.</summary>
    public static readonly Expression<Func<SipPlan, bool>> FollowsUp = p => p.Status == PlanStatus.Established;

    public static readonly Expression<Func<FollowUp, bool>> FollowUpOwed = f => f.DoneAt == null;

    /// <summary>Rule 11: a deviation not resolved at its step.</summary>
    public static readonly Expression<Func<Deviation, bool>> StepOwed = d => d.ResolvedAt == null && d.StepDueOn != null;

    public static readonly Expression<Func<PersonFeedback, bool>> ReplyOwed = f => f.AnsweredAt == null;

    /// <summary>Rule 21: a plan not yet established with no meeting held.</summary>
    public static readonly Expression<Func<SipPlan, bool>> FirstMeetingOwed =
        p => (p.Status == PlanStatus.Draft || p.Status == PlanStatus.Invited) && !p.Meetings.Any(m => m.Status == MeetingStatus.Held);

    /// <summary>Rules 8 and 21: a placement without a prior SIP, and no meeting held.</summary>
    public static readonly Expression<Func<SipPlan, bool>> PlacementSipOwed =
        p => p.Placement != null && p.Placement.SipMeetingDueOn != null && !p.Meetings.Any(m => m.Status == MeetingStatus.Held);

    /// <summary>Rule 9: an acute placement's cost not yet shared out.</summary>
    public static readonly Expression<Func<SipPlan, bool>> CostAllocationOwed =
        p => p.Placement != null && p.Placement.CostAllocationDueOn != null && p.Placement.CostAllocationSettledOn == null;

    /// <summary>Rule 27b: under LVM, the notification or where the läkarintyg is written not yet recorded.</summary>
    public static readonly Expression<Func<SipPlan, bool>> LvmChecklistOwed =
        p => p.Placement != null && p.Placement.LegalBasis == PlacementLegalBasis.Lvm
            && (p.Placement.LvmNotifiedOn == null || p.Placement.LvmCertificateWrittenAt == null);

    /// <summary>Not closed or cancelled: the plan can change, and its deadlines run.</summary>
    public static bool IsOpen(this PlanStatus status) => status is not (PlanStatus.Closed or PlanStatus.Cancelled);

    /// <summary>The deadlines <paramref name="plan"/> owes, by day; none once it is closed or cancelled.</summary>
    public static IReadOnlyList<OpenDeadline> Of(SipPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Status.IsOpen() ? [.. Owed(plan).OrderBy(d => d.DueOn).ThenBy(d => d.Kind).ThenBy(d => d.SubjectId)] : [];
    }

    private static IEnumerable<OpenDeadline> Owed(SipPlan plan)
    {
        if (Compiled.FirstMeeting(plan))
        {
            yield return new(DeadlineKind.FirstMeetingNotHeld, plan.Id, plan.FirstMeetingDueOn);
        }

        foreach (var x in plan.Participants.Where(Compiled.Answer))
        {
            yield return new(DeadlineKind.InvitationUnanswered, x.Id, x.RespondBy!.Value);
        }

        foreach (var a in plan.Actions.Where(Compiled.Decision))
        {
            yield return new(DeadlineKind.ActionUnanswered, a.Id, a.AcceptBy);
        }

        foreach (var a in plan.Actions.Where(Compiled.Start))
        {
            yield return new(DeadlineKind.ActionNotExecuted, a.Id, a.NotExecutedBy!.Value);
        }

        if (Compiled.PlacementSip(plan))
        {
            yield return new(DeadlineKind.PlacementSipNotHeld, plan.Id, plan.Placement!.SipMeetingDueOn!.Value);
        }

        if (Compiled.CostAllocation(plan))
        {
            yield return new(DeadlineKind.CostAllocationNotSettled, plan.Id, plan.Placement!.CostAllocationDueOn!.Value);
        }

        if (Compiled.LvmChecklist(plan))
        {
            yield return new(DeadlineKind.LvmChecklistOpen, plan.Id, plan.Placement!.StartedOn);
        }

        foreach (var f in Compiled.FollowsUp(plan) ? plan.FollowUps.Where(Compiled.FollowUp) : [])
        {
            yield return new(DeadlineKind.FollowUpOverdue, f.Id, f.DueOn);
        }

        foreach (var d in plan.Deviations.Where(Compiled.Step))
        {
            yield return new(DeadlineKind.DeviationUnresolved, d.Id, d.StepDueOn!.Value);
        }

        foreach (var f in plan.Feedback.Where(Compiled.Reply))
        {
            yield return new(DeadlineKind.FeedbackUnanswered, f.Id, f.RespondBy);
        }
    }

    /// <summary>The expressions compiled once, for a plan in memory; apart, so they follow the fields they compile.</summary>
    private static class Compiled
    {
        public static readonly Func<Participant, bool> Answer = AnswerOwed.Compile();
        public static readonly Func<PlanAction, bool> Decision = DecisionOwed.Compile();
        public static readonly Func<PlanAction, bool> Start = StartOwed.Compile();
        public static readonly Func<SipPlan, bool> FollowsUp = PlanDeadlines.FollowsUp.Compile();
        public static readonly Func<FollowUp, bool> FollowUp = FollowUpOwed.Compile();
        public static readonly Func<Deviation, bool> Step = StepOwed.Compile();
        public static readonly Func<PersonFeedback, bool> Reply = ReplyOwed.Compile();
        public static readonly Func<SipPlan, bool> FirstMeeting = FirstMeetingOwed.Compile();
        public static readonly Func<SipPlan, bool> PlacementSip = PlacementSipOwed.Compile();
        public static readonly Func<SipPlan, bool> CostAllocation = CostAllocationOwed.Compile();
        public static readonly Func<SipPlan, bool> LvmChecklist = LvmChecklistOwed.Compile();
    }
}
