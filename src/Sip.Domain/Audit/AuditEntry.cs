namespace Sip.Domain.Audit;

/// <summary>
/// One line of the access log (loggkontroll under patientdatalagen and OSL). Append-only: it has
/// no methods that change it, and the persistence layer refuses updates and deletes.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Action = string.Empty;
    }

    public AuditEntry(
        Guid id, DateTimeOffset occurredAt, Guid? userId, Guid? unitId, Guid? planId, AuditKind kind, string action, string? origin)
    {
        Id = id;
        OccurredAt = occurredAt;
        UserId = userId;
        UnitId = unitId;
        PlanId = planId;
        Kind = kind;
        Action = action;
        Origin = origin;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public Guid? UserId { get; private set; }

    /// <summary>The unit the user acted for, so reads across units can be reviewed.</summary>
    public Guid? UnitId { get; private set; }

    public Guid? PlanId { get; private set; }

    public AuditKind Kind { get; private set; }

    /// <summary>The use case, e.g. "StartPlanFromCase" or "GetPlan".</summary>
    public string Action { get; private set; }

    /// <summary>Where the request came from (IP address or API client).</summary>
    public string? Origin { get; private set; }
}

public enum AuditKind
{
    Read,
    Change,
}
