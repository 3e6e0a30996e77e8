using Sip.Domain.Calendar;
using Sip.Domain.Common;

namespace Sip.Domain.Plans;

public enum MeetingStatus
{
    Scheduled,
    Held,
    Cancelled,
}

/// <summary>A SIP meeting, in a room or digital with a link (practice 19).</summary>
public sealed class Meeting
{
    private readonly List<Guid> _attendeeParticipantIds = [];

    private Meeting()
    {
    }

    internal Meeting(
        Guid id, DateTimeOffset startsAt, TimeSpan duration, string? location, Uri? videoLink, IEnumerable<Guid> attendeeParticipantIds)
    {
        Id = id;
        Set(startsAt, duration, location, videoLink, attendeeParticipantIds);
        Status = MeetingStatus.Scheduled;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    /// <summary>
    /// The Swedish date it starts on: the day it is held on once marked held (rule 21). Kept as a
    /// column so that the database can compare it with each plan's own deadline.
    /// </summary>
    public DateOnly Day { get; private set; }

    public TimeSpan Duration { get; private set; }

    public string? Location { get; private set; }

    public Uri? VideoLink { get; private set; }

    public IReadOnlyList<Guid> AttendeeParticipantIds => _attendeeParticipantIds;

    public MeetingStatus Status { get; private set; }

    /// <summary>Raised on each move so that calendar invitations update the same event.</summary>
    public int Sequence { get; private set; }

    public string? CancellationReason { get; private set; }

    /// <summary>Gallring: where and how they met can tell who the person is; the time stays.</summary>
    internal void Redact()
    {
        Location = null;
        VideoLink = null;
        CancellationReason = CancellationReason is null ? null : SipPlan.Redacted;
    }

    internal void Reschedule(
        DateTimeOffset startsAt, TimeSpan duration, string? location, Uri? videoLink, IEnumerable<Guid> attendeeParticipantIds)
    {
        RequireScheduled();
        Set(startsAt, duration, location, videoLink, attendeeParticipantIds);
        Sequence++;
    }

    internal void Cancel(string reason)
    {
        RequireScheduled();
        Status = MeetingStatus.Cancelled;
        CancellationReason = reason;
        Sequence++;
    }

    /// <summary>Rule 21: the day it is held on meets a deadline, so it cannot be held before it starts.</summary>
    internal void MarkHeld(DateTimeOffset now)
    {
        RequireScheduled();
        if (StartsAt > now)
        {
            throw new DomainException(PlanErrors.MeetingNotStarted, "Mötet kan markeras som genomfört först när det har börjat.");
        }

        Status = MeetingStatus.Held;
    }

    private void Set(DateTimeOffset startsAt, TimeSpan duration, string? location, Uri? videoLink, IEnumerable<Guid> attendeeParticipantIds)
    {
        if (string.IsNullOrWhiteSpace(location) && videoLink is null)
        {
            throw new DomainException(PlanErrors.MeetingPlaceRequired, "Ange plats eller länk till digitalt möte.");
        }

        if (duration <= TimeSpan.Zero || duration > TimeSpan.FromHours(8))
        {
            throw new DomainException(PlanErrors.MeetingDuration, "Mötet ska vara mellan några minuter och åtta timmar långt.");
        }

        StartsAt = startsAt.ToUniversalTime();
        Day = SwedishTime.Today(StartsAt);
        Duration = duration;
        Location = string.IsNullOrWhiteSpace(location) ? null : location.Trim();
        VideoLink = videoLink;
        _attendeeParticipantIds.Clear();
        _attendeeParticipantIds.AddRange(attendeeParticipantIds.Distinct());
    }

    private void RequireScheduled()
    {
        if (Status != MeetingStatus.Scheduled)
        {
            throw new DomainException(PlanErrors.MeetingNotScheduled, "Mötet är inte längre planerat.");
        }
    }
}
