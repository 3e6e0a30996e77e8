namespace Sip.Domain.Plans;

public enum NoticeKind
{
    /// <summary>A unit is summoned to the plan (kallelse) or an actor invited.</summary>
    Invitation,

    /// <summary>An insats awaits the owning unit's answer.</summary>
    ActionProposed,

    /// <summary>The owning unit rejected an insats; the plan's coordinators must act.</summary>
    ActionRejected,

    MeetingScheduled,

    MeetingMoved,

    MeetingCancelled,

    /// <summary>Rule 13: sharing stops; every unit must know at once.</summary>
    ConsentWithdrawn,

    PlanEstablished,

    /// <summary>A deadline has passed; see <see cref="DeadlineKind"/>.</summary>
    Reminder,
}

/// <summary>
/// A message a change of the plan owes a unit, recorded by the plan as the change happens so that
/// it is stored in the same transaction. It names the unit and what happened, never the person.
/// <see cref="Key"/> makes it happen once: the same change never yields a second notice.
/// </summary>
public sealed record PlanNotice(NoticeKind Kind, Guid PlanId, Guid RecipientUnitId, Guid SubjectId, int PlanVersion)
{
    public string Key => $"{Kind}:{SubjectId:N}:{RecipientUnitId:N}:{PlanVersion}";
}
