namespace Sip.Domain.Plans;

/// <summary>A scheduled follow-up of an established plan (rule 12: scheduled, overdue visible).</summary>
public sealed class FollowUp
{
    private FollowUp()
    {
    }

    internal FollowUp(Guid id, DateOnly dueOn)
    {
        Id = id;
        DueOn = dueOn;
    }

    public Guid Id { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public Guid? DoneByUserId { get; private set; }

    public string? Summary { get; private set; }

    internal void Redact() => Summary = Summary is null ? null : SipPlan.Redacted;

    /// <summary>The plan version the follow-up produced.</summary>
    public int? ResultingVersion { get; private set; }

    public bool IsDone => DoneAt is not null;

    public bool IsOverdue(DateOnly today) => !IsDone && today > DueOn;

    internal void Record(Guid userId, string summary, int resultingVersion, DateTimeOffset now)
    {
        DoneAt = now;
        DoneByUserId = userId;
        Summary = summary;
        ResultingVersion = resultingVersion;
    }
}
