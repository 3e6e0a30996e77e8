using Sip.Domain.Plans;

namespace Sip.Application.Features.Plans;

/// <summary>
/// The plan as <see cref="GetPlan"/> answers it, kept as one row beside the plan and written in the
/// transaction of every change to it (ReadModels/Documents): the plan is the most
/// read answer of all, and read from its tables it took a round trip for the plan and one for each
/// collection that held anything, where this takes one. It holds the plan's personal data, as the
/// plan's own rows do, and is written anew when the plan is gallrad.
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
