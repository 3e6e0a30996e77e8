namespace Sip.Application.Notifications;

/// <summary>
/// One notice waiting to be delivered, stored in the transaction of the change that caused it, so neither is
/// saved without the other. The dispatcher delivers it; <see cref="Key"/> is unique, so the same notice is never
/// stored twice, and a delivered one is never sent again.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        Key = string.Empty;
    }

    public OutboxMessage(PlanNotice notice, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(notice);
        Id = Guid.CreateVersion7();
        Key = notice.Key;
        Kind = notice.Kind;
        PlanId = notice.PlanId;
        Recipient = notice.Recipient;
        RecipientId = notice.RecipientId;
        SubjectId = notice.SubjectId;
        CreatedAt = now;
        DueAt = now;
    }

    /// <summary>
    /// A reminder of a missed deadline: one per deadline, step and recipient, ever. The date is in
    /// the key because a deadline can come round again for the same thing — a draft touched once
    /// and then left alone for another two weeks — and the new round starts from the first step.
    /// </summary>
    public static OutboxMessage Reminder(
        DeadlineKind deadline, DateOnly due, Guid planId, NoticeRecipient recipient, Guid recipientId, Guid subjectId, int step,
        bool escalation, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(),
            Key = $"Reminder:{deadline}:{subjectId:N}:{due:yyyyMMdd}:{recipientId:N}:{step}",
            Kind = NoticeKind.Reminder,
            Deadline = deadline,
            Step = step,
            IsEscalation = escalation,
            PlanId = planId,
            Recipient = recipient,
            RecipientId = recipientId,
            SubjectId = subjectId,
            CreatedAt = now,
            DueAt = now,
        };

    public Guid Id { get; private set; }

    public DeadlineKind? Deadline { get; private set; }

    public int? Step { get; private set; }

    public bool IsEscalation { get; private set; }

    public string Key { get; private set; }

    public NoticeKind Kind { get; private set; }

    public Guid PlanId { get; private set; }

    public NoticeRecipient Recipient { get; private set; }

    /// <summary>The unit's, the participant's or the user's id, as <see cref="Recipient"/> says.</summary>
    public Guid RecipientId { get; private set; }

    public Guid SubjectId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the next attempt may be made: now at first, later after each failure.</summary>
    public DateTimeOffset DueAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>A dispatcher holds the message until then; another server leaves it alone meanwhile.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public void Delivered(DateTimeOffset now)
    {
        DeliveredAt = now;
        ClaimedUntil = null;
        LastError = null;
    }

    /// <summary>Kept, and tried again later: after 1, 2, 4 … minutes, at most every six hours.</summary>
    public void Failed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        DueAt = now + BackOff(Attempts);
        ClaimedUntil = null;
    }

    public static TimeSpan BackOff(int attempts) => TimeSpan.FromMinutes(Math.Min(Math.Pow(2, Math.Max(0, attempts - 1)), 360));
}
