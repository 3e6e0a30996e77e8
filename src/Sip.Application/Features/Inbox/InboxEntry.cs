namespace Sip.Application.Features.Inbox;

/// <summary>
/// One thing waiting for a unit while the unit may see its plan (an invitation, an insats to accept, a
/// first meeting or a follow-up): the inbox's read model, kept by ReadModels/Inbox. No personal data.
/// </summary>
public sealed class InboxEntry
{
    // Kept with every change so the inbox reads a unit's own rows instead of testing the access rule
    // on each of a clinic's thousands of items.

    public Guid PlanId { get; init; }

    /// <summary>The participant, insats or follow-up; the plan itself for a first meeting.</summary>
    public Guid ItemId { get; init; }

    public Guid UnitId { get; init; }

    public InboxItemKind Kind { get; init; }

    /// <summary>The answer date, or the deadline; the inbox counts a first meeting or a follow-up only within its horizon.</summary>
    public DateOnly? DueOn { get; init; }
}
