using Sip.Domain.Common;

namespace Sip.Domain.Plans;

public sealed partial class SipPlan
{
    /// <summary>Rule 25: the person's need of a tolk or other communication support, when recorded.</summary>
    public CommunicationNeed? CommunicationNeed { get; private set; }

    /// <summary>
    /// Records the communication need, replacing the one before; nothing at all removes it. A tolk is
    /// booked for a language, so a need of a tolk names the language.
    /// </summary>
    public void RecordCommunicationNeed(bool interpreterNeeded, string? language, string? otherSupport, DateTimeOffset now)
    {
        EnsureOpen();
        var spoken = string.IsNullOrWhiteSpace(language) ? null : language.Trim();
        var support = string.IsNullOrWhiteSpace(otherSupport) ? null : otherSupport.Trim();
        if (interpreterNeeded && spoken is null)
        {
            throw new DomainException(PlanErrors.InterpreterLanguageRequired, "Ange vilket språk tolken ska tolka till.");
        }

        CommunicationNeed = !interpreterNeeded && spoken is null && support is null
            ? null
            : new CommunicationNeed(interpreterNeeded, spoken, support, now);
        Touch(now);
    }
}
