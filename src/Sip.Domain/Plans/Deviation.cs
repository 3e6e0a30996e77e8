using Sip.Domain.Calendar;
using Sip.Domain.Common;
using Sip.Domain.Policies;

namespace Sip.Domain.Plans;

/// <summary>
/// A deviation's position on the county's escalation ladder (<see cref="CountyPolicy.EscalationSteps"/>),
/// which names the steps (rule 28). The members keep the names of the first ladder the system knew
/// (001's), as stored rows and API clients carry them; a county's names come from its ladder.
/// </summary>
public enum EscalationLevel
{
    /// <summary>The ladder's first step (001: dialogue between managers at corresponding levels).</summary>
    ManagerDialogue,

    /// <summary>The second step (001: the county-wide officials' arena; 000: Länsledning Välfärd).</summary>
    CountyArena,

    /// <summary>The third step (001: court); Gävleborg's ladder has none.</summary>
    Court,
}

/// <summary>
/// An avvikelse: a recorded disagreement about responsibility (rule 11). It never blocks the plan:
/// the person's interventions go on while it is resolved.
/// </summary>
public sealed class Deviation
{
    private Deviation()
    {
        Description = string.Empty;
    }

    internal Deviation(
        Guid id,
        Guid raisedByUnitId,
        Guid counterpartOrganizationId,
        string description,
        bool isCostDispute,
        CountyPolicy policy,
        DateTimeOffset raisedAt)
    {
        Id = id;
        RaisedByUnitId = raisedByUnitId;
        CounterpartOrganizationId = counterpartOrganizationId;
        Description = description;
        IsCostDispute = isCostDispute;
        RaisedAt = raisedAt;
        Level = EscalationLevel.ManagerDialogue;
        StepDueOn = SwedishCalendar.AddWorkingDays(SwedishTime.Today(raisedAt), policy.DeviationStepWorkingDays);
    }

    public Guid Id { get; private set; }

    public Guid RaisedByUnitId { get; private set; }

    public Guid CounterpartOrganizationId { get; private set; }

    public string Description { get; private set; }

    public bool IsCostDispute { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public EscalationLevel Level { get; private set; }

    /// <summary>The position on the county's ladder, from 0.</summary>
    public int Step => (int)Level;

    /// <summary>
    /// When the current step should have resolved it, counted with the policy in force when the step
    /// began; none once it is before a court, which keeps its own time.
    /// </summary>
    public DateOnly? StepDueOn { get; private set; }

    /// <summary>What leaves the two principals: cost disputes go up in de-identified form.</summary>
    public string? DeIdentifiedSummary { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? Resolution { get; private set; }

    /// <summary>Gallring: the description and the decision go; the de-identified summary the arena saw stays.</summary>
    internal void Redact()
    {
        Description = SipPlan.Redacted;
        Resolution = Resolution is null ? null : SipPlan.Redacted;
    }

    public bool IsOpen => ResolvedAt is null;

    internal void Escalate(string? deIdentifiedSummary, CountyPolicy policy, DateTimeOffset now)
    {
        var steps = policy.EscalationSteps;
        if (!IsOpen)
        {
            throw new DomainException(PlanErrors.DeviationResolved, "Avvikelsen är redan löst.");
        }

        if (Step + 1 >= steps.Count)
        {
            var last = EscalationLadder.NameOf(steps, Step);
            throw new DomainException(PlanErrors.DeviationAtTopLevel, $"Avvikelsen är redan på länets sista steg ({last}).");
        }

        if (IsCostDispute && string.IsNullOrWhiteSpace(deIdentifiedSummary))
        {
            throw new DomainException(
                PlanErrors.DeviationNeedsDeIdentifiedSummary,
                "En kostnadstvist lyfts vidare i avidentifierad form: skriv en sammanfattning utan personuppgifter.");
        }

        Level++;
        StepDueOn = steps[Step].IsCourt ? null : SwedishCalendar.AddWorkingDays(SwedishTime.Today(now), policy.DeviationStepWorkingDays);
        if (!string.IsNullOrWhiteSpace(deIdentifiedSummary))
        {
            DeIdentifiedSummary = deIdentifiedSummary.Trim();
        }
    }

    internal void Resolve(string resolution, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainException(PlanErrors.DeviationResolved, "Avvikelsen är redan löst.");
        }

        Resolution = resolution;
        ResolvedAt = now;
    }
}
