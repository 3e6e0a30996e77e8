using Sip.Domain.Common;

namespace Sip.Domain.Plans;

/// <summary>How a plan ends: closed once established (practice 17), cancelled before.</summary>
public sealed partial class SipPlan
{
    /// <summary>Closes the plan; the person may end it at any time (practice 17).</summary>
    public void Close(PlanCloseReason reason, string? note, DateTimeOffset now)
    {
        EnsureOpen();
        if (reason == PlanCloseReason.Other && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException(PlanErrors.CloseReasonRequired, "Beskriv varför planen avslutas.");
        }

        Status = PlanStatus.Closed;
        CloseReason = reason;
        CloseNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ClosedAt = now;
        Touch(now);
    }

    /// <summary>Cancels a plan that was never established, e.g. when the person did not consent;
    /// the initiative and the refusal stay documented.</summary>
    public void Cancel(string reason, DateTimeOffset now)
    {
        EnsureOpen();
        if (Status == PlanStatus.Established)
        {
            throw new DomainException(PlanErrors.AlreadyEstablished, "En fastställd plan avslutas, den makuleras inte.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(PlanErrors.CloseReasonRequired, "Ange varför planen makuleras.");
        }

        Status = PlanStatus.Cancelled;
        CloseNote = reason.Trim();
        ClosedAt = now;
        Touch(now);
    }
}
