using Sip.Domain.Calendar;
using Sip.Domain.Common;

namespace Sip.Domain.Plans;

/// <summary>The steps a disagreement between the principals climbs (001 ~866–891).</summary>
public enum EscalationLevel
{
    /// <summary>Dialogue between managers at corresponding levels.</summary>
    ManagerDialogue,

    /// <summary>The county-wide officials' arena (länsgemensam tjänstemannaarena).</summary>
    CountyArena,

    /// <summary>Last resort: court.</summary>
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

    internal Deviation(Guid id, Guid raisedByUnitId, Guid counterpartOrganizationId, string description, bool isCostDispute, DateTimeOffset raisedAt)
    {
        Id = id;
        RaisedByUnitId = raisedByUnitId;
        CounterpartOrganizationId = counterpartOrganizationId;
        Description = description;
        IsCostDispute = isCostDispute;
        RaisedAt = raisedAt;
        Level = EscalationLevel.ManagerDialogue;
        StepDueOn = SwedishCalendar.AddWorkingDays(SwedishTime.Today(raisedAt), StepWorkingDays);
    }

    /// <summary>
    /// Working days each level has to resolve the disagreement before it is chased and should go up
    /// a level. The agreements name the steps but no time; two weeks keeps the person's case moving.
    /// </summary>
    public const int StepWorkingDays = 10;

    public Guid Id { get; private set; }

    public Guid RaisedByUnitId { get; private set; }

    public Guid CounterpartOrganizationId { get; private set; }

    public string Description { get; private set; }

    public bool IsCostDispute { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public EscalationLevel Level { get; private set; }

    /// <summary>When the current level should have resolved it; none once it is before a court.</summary>
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

    internal void Escalate(string? deIdentifiedSummary, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainException(PlanErrors.DeviationResolved, "Avvikelsen är redan löst.");
        }

        if (Level == EscalationLevel.Court)
        {
            throw new DomainException(PlanErrors.DeviationAtTopLevel, "Avvikelsen är redan på högsta nivån.");
        }

        if (IsCostDispute && string.IsNullOrWhiteSpace(deIdentifiedSummary))
        {
            throw new DomainException(PlanErrors.DeviationNeedsDeIdentifiedSummary, "En kostnadstvist lyfts vidare i avidentifierad form: skriv en sammanfattning utan personuppgifter.");
        }

        Level++;
        StepDueOn = Level == EscalationLevel.Court ? null : SwedishCalendar.AddWorkingDays(SwedishTime.Today(now), StepWorkingDays);
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
