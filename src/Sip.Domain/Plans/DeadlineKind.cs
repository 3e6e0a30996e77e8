namespace Sip.Domain.Plans;

/// <summary>The deadlines that are chased when they pass (domain brief and county policy).</summary>
public enum DeadlineKind
{
    /// <summary>A summoned unit has not answered the kallelse.</summary>
    InvitationUnanswered,

    /// <summary>The owning unit has not accepted or rejected an insats.</summary>
    ActionUnanswered,

    /// <summary>No SIP meeting held or booked within the county's days after the start.</summary>
    FirstMeetingNotHeld,

    /// <summary>The follow-up date of an established plan has passed.</summary>
    FollowUpOverdue,

    /// <summary>Rule 8: no SIP within a week of an HVB placement not preceded by one.</summary>
    PlacementSipNotHeld,

    /// <summary>A draft nobody has touched for two weeks.</summary>
    DraftUntouched,

    /// <summary>Rule 9: the cost of an acute placement not shared out within 10 working days of the decision.</summary>
    CostAllocationNotSettled,

    /// <summary>Rule 11: a disagreement not resolved at its level in time; it should go up a step.</summary>
    DeviationUnresolved,

    /// <summary>The person has not been answered on a synpunkt or klagomål.</summary>
    FeedbackUnanswered,

    /// <summary>Rule 22: a granted municipal insats not started within three months; it is reported to IVO.</summary>
    ActionNotExecuted,

    /// <summary>Rule 27b: an LVM placement's checklist (the notification under 6 § LVM, where the läkarintyg is written) open.</summary>
    LvmChecklistOpen,
}
