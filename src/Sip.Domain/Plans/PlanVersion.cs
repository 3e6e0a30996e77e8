namespace Sip.Domain.Plans;

/// <summary>
/// The written plan as established or revised: an immutable snapshot that the person receives.
/// It has no methods that change it; the persistence layer refuses updates and deletes.
/// </summary>
public sealed class PlanVersion
{
    private PlanVersion()
    {
        ContentJson = string.Empty;
    }

    internal PlanVersion(
        Guid id, int number, DateTimeOffset establishedAt, Guid establishedByUserId, bool personParticipated, string? personAbsenceReason,
        DateTimeOffset personApprovedAt, string contentJson)
    {
        Id = id;
        Number = number;
        EstablishedAt = establishedAt;
        EstablishedByUserId = establishedByUserId;
        PersonParticipated = personParticipated;
        PersonAbsenceReason = personAbsenceReason;
        PersonApprovedAt = personApprovedAt;
        ContentJson = contentJson;
    }

    public Guid Id { get; private set; }

    public int Number { get; private set; }

    public DateTimeOffset EstablishedAt { get; private set; }

    public Guid EstablishedByUserId { get; private set; }

    /// <summary>Rule 5: whether the person took part in drawing up this version.</summary>
    public bool PersonParticipated { get; private set; }

    public string? PersonAbsenceReason { get; private set; }

    /// <summary>Practice 17: a version takes effect only with the person's approval.</summary>
    public DateTimeOffset PersonApprovedAt { get; private set; }

    /// <summary>The plan's content at this version (<see cref="PlanSnapshot"/> as JSON).</summary>
    public string ContentJson { get; private set; }

    /// <summary>
    /// When the version's content was gallrad with its closed plan. The one change a version ever
    /// takes: the persistence layer allows it only from not redacted to redacted.
    /// </summary>
    public DateTimeOffset? RedactedAt { get; private set; }

    internal void Redact(DateTimeOffset now)
    {
        ContentJson = PlanSnapshot.FromJson(ContentJson).Redacted().ToJson();
        PersonAbsenceReason = null;
        RedactedAt = now;
    }
}
