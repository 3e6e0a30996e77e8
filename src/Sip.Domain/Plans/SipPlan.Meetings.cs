using Sip.Domain.Common;

namespace Sip.Domain.Plans;

public sealed partial class SipPlan
{
    public Meeting ScheduleMeeting(
        DateTimeOffset startsAt, TimeSpan duration, string? location, Uri? videoLink, IEnumerable<Guid> attendeeParticipantIds,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(attendeeParticipantIds);
        EnsureOpen();
        EnsureFuture(startsAt, now);
        var attendees = KnownParticipants(attendeeParticipantIds);
        var meeting = new Meeting(Guid.CreateVersion7(), startsAt, duration, location, videoLink, attendees);
        _meetings.Add(meeting);
        Touch(now);
        NotifyUnitsTakingPart(NoticeKind.MeetingScheduled, meeting.Id);
        NotifyPeopleTakingPart(NoticeKind.MeetingScheduled, meeting.Id);
        return meeting;
    }

    public void RescheduleMeeting(
        Guid meetingId, DateTimeOffset startsAt, TimeSpan duration, string? location, Uri? videoLink,
        IEnumerable<Guid> attendeeParticipantIds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(attendeeParticipantIds);
        EnsureOpen();
        EnsureFuture(startsAt, now);
        MeetingById(meetingId).Reschedule(startsAt, duration, location, videoLink, KnownParticipants(attendeeParticipantIds));
        Touch(now);
        NotifyUnitsTakingPart(NoticeKind.MeetingMoved, meetingId);
        NotifyPeopleTakingPart(NoticeKind.MeetingMoved, meetingId);
    }

    public void CancelMeeting(Guid meetingId, string reason, DateTimeOffset now)
    {
        EnsureOpen();
        MeetingById(meetingId).Cancel(string.IsNullOrWhiteSpace(reason) ? "Inställt" : reason.Trim());
        Touch(now);
        NotifyUnitsTakingPart(NoticeKind.MeetingCancelled, meetingId);
        NotifyPeopleTakingPart(NoticeKind.MeetingCancelled, meetingId);
    }

    /// <summary>Where the first-meeting deadline stands on <paramref name="today"/> (rule 21).</summary>
    public MeetingDeadlineState FirstMeetingDeadline(DateOnly today) =>
        HeldNotBooked.StateOf(FirstMeetingDueOn, _meetings.Select(m => (m.Day, m.Status)), today);

    /// <summary>Where the SIP within a week of a placement stands (rules 8 and 21); null when a SIP preceded it or there is none.</summary>
    public MeetingDeadlineState? PlacementSipDeadline(DateOnly today) =>
        Placement?.SipMeetingDueOn is { } due ? HeldNotBooked.StateOf(due, _meetings.Select(m => (m.Day, m.Status)), today) : null;

    public void RecordMeetingHeld(Guid meetingId, DateTimeOffset now)
    {
        EnsureOpen();
        MeetingById(meetingId).MarkHeld(now);
        Touch(now);
    }

    private static void EnsureFuture(DateTimeOffset startsAt, DateTimeOffset now)
    {
        if (startsAt <= now)
        {
            throw new DomainException(PlanErrors.MeetingInPast, "Mötet måste ligga fram i tiden.");
        }
    }

    private List<Guid> KnownParticipants(IEnumerable<Guid> ids)
    {
        var list = ids.Distinct().ToList();
        if (list.Any(id => _participants.All(p => p.Id != id)))
        {
            throw new DomainException(PlanErrors.ParticipantNotFound, "En kallad deltagare finns inte i planen.");
        }

        return list;
    }

    private Meeting MeetingById(Guid meetingId) =>
        _meetings.FirstOrDefault(m => m.Id == meetingId)
        ?? throw new DomainException(PlanErrors.MeetingNotFound, "Mötet finns inte i planen.");

    private void NotifyPeopleTakingPart(NoticeKind kind, Guid meetingId)
    {
        foreach (var participant in _participants.Where(p => !p.IsUnit))
        {
            NotifyByEmail(kind, participant, meetingId);
        }
    }
}
