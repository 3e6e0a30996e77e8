using System.Linq.Expressions;

namespace Sip.Domain.Plans;

/// <summary>Where a meeting deadline stands on a day (rule 21, "held, not booked").</summary>
public enum MeetingDeadlineState
{
    /// <summary>The deadline has not passed and no meeting is booked in time.</summary>
    Pending,

    /// <summary>A meeting is booked on or before the deadline and its day has not passed: no reminder yet.</summary>
    Booked,

    /// <summary>The deadline has not passed, but the only meeting booked lies after it: it does not hold the reminder.</summary>
    BookedLate,

    /// <summary>The deadline has passed and no meeting has been held: reminded.</summary>
    Overdue,

    /// <summary>A meeting was held on or before the deadline: met.</summary>
    Met,

    /// <summary>A meeting was held, but after the deadline: no longer chased, and counted as missed.</summary>
    HeldLate,
}

/// <summary>
/// Rule 21: a meeting deadline (the first meeting; the SIP after a placement, rule 8) is met only by a meeting held by
/// its Swedish day; a booking holds nothing once its day has passed. Once one is held, late or not, the reminder stops.
/// The in-memory state and the expressions the database runs live together; the domain tests prove they agree.
/// </summary>
public static class HeldNotBooked
{
    /// <summary>The first meeting was held by its deadline.</summary>
    public static readonly Expression<Func<SipPlan, bool>> FirstMeetingMet =
        p => p.Meetings.Any(m => m.Status == MeetingStatus.Held && m.Day <= p.FirstMeetingDueOn);

    /// <summary>A placement without a prior SIP had its SIP meeting held within the week (rule 8).</summary>
    public static readonly Expression<Func<SipPlan, bool>> PlacementSipMet =
        p => p.Placement != null && p.Placement.SipMeetingDueOn != null
            && p.Meetings.Any(m => m.Status == MeetingStatus.Held && m.Day <= p.Placement.SipMeetingDueOn);

    /// <summary>No meeting held yet, on time or late: a first meeting is still to be held.</summary>
    public static readonly Expression<Func<SipPlan, bool>> NoneHeld = p => !p.Meetings.Any(m => m.Status == MeetingStatus.Held);

    /// <summary>
    /// What the deadline kind <c>FirstMeetingNotHeld</c> chases: a plan not yet established past its
    /// day with no meeting held.
    /// </summary>
    public static Expression<Func<SipPlan, bool>> FirstMeetingOverdue(DateOnly today) =>
        p => (p.Status == PlanStatus.Draft || p.Status == PlanStatus.Invited) && p.FirstMeetingDueOn < today
            && !p.Meetings.Any(m => m.Status == MeetingStatus.Held);

    /// <summary>What the deadline kind <c>PlacementSipNotHeld</c> chases: the week after the placement gone, no meeting held.</summary>
    public static Expression<Func<SipPlan, bool>> PlacementSipOverdue(DateOnly today) =>
        p => p.Placement != null && p.Placement.SipMeetingDueOn != null && p.Placement.SipMeetingDueOn < today
            && !p.Meetings.Any(m => m.Status == MeetingStatus.Held);

    /// <summary>
    /// The SIP-stödjare's finding: a plan not yet established whose first-meeting deadline passed
    /// without a meeting held by it, a late one included.
    /// </summary>
    public static Expression<Func<SipPlan, bool>> FirstMeetingMissed(DateOnly today) =>
        p => (p.Status == PlanStatus.Draft || p.Status == PlanStatus.Invited) && p.FirstMeetingDueOn < today
            && !p.Meetings.Any(m => m.Status == MeetingStatus.Held && m.Day <= p.FirstMeetingDueOn);

    /// <summary>Where a deadline <paramref name="due"/> stands on <paramref name="today"/>, given each meeting's day and status.</summary>
    public static MeetingDeadlineState StateOf(DateOnly due, IEnumerable<(DateOnly Day, MeetingStatus Status)> meetings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        var list = meetings.Where(m => m.Status != MeetingStatus.Cancelled).ToList();
        var held = list.Where(m => m.Status == MeetingStatus.Held).ToList();
        if (held.Any(m => m.Day <= due))
        {
            return MeetingDeadlineState.Met;
        }

        if (held.Count > 0)
        {
            return MeetingDeadlineState.HeldLate;
        }

        if (due < today)
        {
            return MeetingDeadlineState.Overdue;
        }

        var booked = list.Where(m => m.Status == MeetingStatus.Scheduled).ToList();
        if (booked.Any(m => m.Day <= due && m.Day >= today))
        {
            return MeetingDeadlineState.Booked;
        }

        return booked.Any(m => m.Day > due) ? MeetingDeadlineState.BookedLate : MeetingDeadlineState.Pending;
    }
}
