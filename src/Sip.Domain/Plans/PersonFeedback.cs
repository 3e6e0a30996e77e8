using Sip.Domain.Common;

namespace Sip.Domain.Plans;

public enum FeedbackKind
{
    /// <summary>Synpunkt: an opinion or suggestion.</summary>
    Opinion,

    /// <summary>Klagomål: a complaint.</summary>
    Complaint,
}

/// <summary>
/// A synpunkt or klagomål from the person about the plan, passed to the unit responsible for what
/// it concerns, which owes the person an answer by <see cref="RespondBy"/> (domain brief §7).
/// </summary>
public sealed class PersonFeedback
{
    private PersonFeedback()
    {
        Text = string.Empty;
    }

    internal PersonFeedback(
        Guid id,
        FeedbackKind kind,
        string text,
        DateOnly receivedOn,
        Guid routedToUnitId,
        Guid recordedByUserId,
        int responseWorkingDays,
        DateTimeOffset recordedAt)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(PlanErrors.FeedbackTextRequired, "Skriv vad personen framfört.");
        }

        Id = id;
        Kind = kind;
        Text = text.Trim();
        ReceivedOn = receivedOn;
        RoutedToUnitId = routedToUnitId;
        RecordedByUserId = recordedByUserId;
        RecordedAt = recordedAt;
        RespondBy = Calendar.SwedishCalendar.AddWorkingDays(receivedOn, responseWorkingDays);
    }

    public Guid Id { get; private set; }

    public FeedbackKind Kind { get; private set; }

    public string Text { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public Guid RoutedToUnitId { get; private set; }

    public Guid RecordedByUserId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateOnly RespondBy { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>What the person was told, in short.</summary>
    public string? Answer { get; private set; }

    internal void Redact()
    {
        Text = SipPlan.Redacted;
        Answer = Answer is null ? null : SipPlan.Redacted;
    }

    internal void Respond(string answer, DateTimeOffset now)
    {
        if (AnsweredAt is not null)
        {
            throw new DomainException(PlanErrors.FeedbackAnswered, "Personen har redan fått svar.");
        }

        if (string.IsNullOrWhiteSpace(answer))
        {
            throw new DomainException(PlanErrors.FeedbackTextRequired, "Skriv vad personen fick för svar.");
        }

        Answer = answer.Trim();
        AnsweredAt = now;
    }
}
