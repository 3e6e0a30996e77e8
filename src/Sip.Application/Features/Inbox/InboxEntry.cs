namespace Sip.Application.Features.Inbox;

/// <summary>
/// One thing waiting for a unit, as the inbox counts it: an invitation to answer, an insats to
/// accept, a first meeting or a follow-up to hold, each only while the unit may see its plan.
/// Kept by the read model's writer (ReadModels/Inbox) in the transaction of every change to a plan,
/// so that the inbox counts a unit's items by reading its own rows rather than testing the access
/// rule on every one of them (a clinic has thousands). Holds no personal data: keys and a date.
/// </summary>
public sealed class InboxEntry
{
    public Guid PlanId { get; init; }

    /// <summary>The participant, insats or follow-up; the plan itself for a first meeting.</summary>
    public Guid ItemId { get; init; }

    public Guid UnitId { get; init; }

    public InboxItemKind Kind { get; init; }

    /// <summary>The answer date, or the deadline; the inbox counts a first meeting or a follow-up only within its horizon.</summary>
    public DateOnly? DueOn { get; init; }
}
