namespace Sip.Application.Features.Plans;

/// <summary>
/// The plan as <see cref="GetPlan"/> answers it, one row beside the plan kept by ReadModels/Documents:
/// one round trip for the most read answer of all. Holds the plan's personal data; rewritten at gallring.
/// </summary>
public sealed class PlanDocument
{
    public Guid PlanId { get; init; }

    /// <summary>The plan's <see cref="SipPlan.Version"/> it was written at; a document of an older version is not read.</summary>
    public int Version { get; set; }

    /// <summary>The shape of <see cref="PlanDetail"/> it was written in; one from an earlier release is not read.</summary>
    public int Shape { get; set; }

    /// <summary>The <see cref="PlanDetail"/> as JSON.</summary>
    public required string Content { get; set; }
}
