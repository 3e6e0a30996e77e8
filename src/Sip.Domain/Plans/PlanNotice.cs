namespace Sip.Domain.Plans;

public enum NoticeKind
{
    /// <summary>A unit is summoned to the plan (kallelse) or an actor invited.</summary>
    Invitation,

    /// <summary>Rule 7b: a summoned unit passed its kallelse on to another unit of its principal; the initiating unit is told.</summary>
    InvitationForwarded,

    /// <summary>Rule 7b: the initiating unit withdrew a kallelse sent in error; the unit is told.</summary>
    InvitationWithdrawn,

    /// <summary>
    /// Rule 7b: an insats the forwarding unit had already decided on stays with it when its kallelse
    /// goes on; the initiating unit is told, one notice per insats.
    /// </summary>
    ActionStayedWithUnit,

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

/// <summary>Who a notice is for: <see cref="NoticeRecipient"/> says what kind of id the recipient's is.</summary>
public enum NoticeRecipient
{
    /// <summary>A unit: its inbox in the app, and its functional mailbox.</summary>
    Unit,

    /// <summary>The person, a närstående or a guardian taking part, at the e-mail address recorded for them.</summary>
    Participant,

    /// <summary>A member of staff by name: a unit's manager or a SIP-stödjare an overdue item is escalated to.</summary>
    User,
}

/// <summary>
/// A message a change of the plan owes a unit or a person taking part, stored in the change's transaction. It names the
/// recipient and what happened, never the person; <see cref="Key"/> makes the same change yield it once.
/// </summary>
public sealed record PlanNotice(NoticeKind Kind, Guid PlanId, NoticeRecipient Recipient, Guid RecipientId, Guid SubjectId, int PlanVersion)
{
    public string Key => $"{Kind}:{SubjectId:N}:{RecipientId:N}:{PlanVersion}";
}
