namespace Sip.Domain.Plans;

/// <summary>
/// Rule 25: what the person needs to take part in their own plan ("nedsatt autonomi kräver särskild
/// hänsyn"): the language they speak, whether a tolk is to be booked, and other communication support.
/// Every meeting and every kallelse to a unit shows it, so that whoever books the meeting books the tolk.
/// </summary>
public sealed record CommunicationNeed
{
    // For EF Core.
    private CommunicationNeed()
    {
    }

    internal CommunicationNeed(bool interpreterNeeded, string? language, string? otherSupport, DateTimeOffset recordedAt)
    {
        InterpreterNeeded = interpreterNeeded;
        Language = language;
        OtherSupport = otherSupport;
        RecordedAt = recordedAt;
    }

    public bool InterpreterNeeded { get; init; }

    /// <summary>The person's language, e.g. "arabiska" or "svenskt teckenspråk".</summary>
    public string? Language { get; init; }

    /// <summary>Other support, e.g. "bildstöd", "hörslinga", "korta möten med pauser".</summary>
    public string? OtherSupport { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
