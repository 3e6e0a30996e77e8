namespace Sip.Domain.Plans;

public enum PlanCloseReason
{
    /// <summary>The goals are reached, or coordination is no longer needed.</summary>
    GoalsReached,

    /// <summary>Practice 17: the person can end the SIP at any time.</summary>
    PersonEnded,

    /// <summary>Needs now lie with only one principal.</summary>
    NoLongerCoordinated,

    PersonMoved,

    PersonDeceased,

    Other,
}
