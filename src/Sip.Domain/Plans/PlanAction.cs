using System.Linq.Expressions;
using Sip.Domain.Actions;
using Sip.Domain.Calendar;
using Sip.Domain.Common;

namespace Sip.Domain.Plans;

public enum ActionStatus
{
    Proposed,
    Accepted,
    Rejected,
    Ongoing,
    Completed,
    Discontinued,
}

/// <summary>Whether an insats is social or medical: what a placement's cost allocation rests on (domain brief §6).</summary>
public enum ActionNature
{
    NotSet,
    Social,
    Medical,
}

/// <summary>An insats: what is done, by which principal and unit, and when (rules 2 and 12b).</summary>
public sealed class PlanAction
{
    /// <summary>An answered insats is carried out or stopped; proposing and answering it go their own ways.</summary>
    private static readonly Dictionary<ActionStatus, ActionStatus[]> Transitions = new()
    {
        [ActionStatus.Accepted] = [ActionStatus.Ongoing, ActionStatus.Discontinued],
        [ActionStatus.Ongoing] = [ActionStatus.Completed, ActionStatus.Discontinued],
    };

    private PlanAction()
    {
        ActionTypeCode = string.Empty;
        Description = string.Empty;
    }

    internal PlanAction(
        Guid id, ActionType type, ResponsiblePrincipal principal, Guid owningUnitId, Guid? needId, string description, DateOnly? startOn,
        DateOnly? dueOn, Guid proposedByUserId, DateTimeOffset proposedAt, DateOnly acceptBy)
    {
        Id = id;
        ActionTypeCode = type.Code;
        Principal = principal;
        OwningUnitId = owningUnitId;
        NeedId = needId;
        Description = description;
        StartOn = startOn;
        DueOn = dueOn;
        ProposedByUserId = proposedByUserId;
        ProposedAt = proposedAt;
        AcceptBy = acceptBy;
        Status = ActionStatus.Proposed;
    }

    public Guid Id { get; private set; }

    public string ActionTypeCode { get; private set; }

    /// <summary>The principal responsible: the municipality, the region or another actor.</summary>
    public ResponsiblePrincipal Principal { get; private set; }

    public Guid OwningUnitId { get; private set; }

    public Guid? NeedId { get; private set; }

    public string Description { get; private set; }

    public DateOnly? StartOn { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public ActionStatus Status { get; private set; }

    public Guid ProposedByUserId { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    /// <summary>The owning unit should answer by this date.</summary>
    public DateOnly AcceptBy { get; private set; }

    public Guid? DecidedByUserId { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>
    /// Rule 22: the day by which a granted municipal insats must have started, or it is reported to
    /// IVO as ej verkställt; set when the municipality's unit accepts it. Null for the region's and
    /// others' insatser, which the rule does not bind.
    /// </summary>
    public DateOnly? NotExecutedBy { get; private set; }

    /// <summary>The day the owning unit reported the insats to IVO as ej verkställt, when it has.</summary>
    public DateOnly? ReportedToIvoOn { get; private set; }

    /// <summary>
    /// Three calendar months from the day of the decision ("inom tre månader från dagen för beslut"):
    /// the same day number three months on, or the last day of that month when it is shorter
    /// (31 January → 30 April, 30 November → 28 or 29 February).
    /// </summary>
    public static DateOnly ExecutionDeadline(DateOnly decidedOn) => decidedOn.AddMonths(3);

    /// <summary>
    /// Accepted but not started when <see cref="NotExecutedBy"/> has passed: the insats the plan
    /// shows as ej verkställt. The deadline scanner and the audit ask the database the same.
    /// </summary>
    public bool IsNotExecuted(DateOnly today) => Status == ActionStatus.Accepted && NotExecutedBy is { } by && by < today;

    /// <summary><see cref="IsNotExecuted"/> as the database asks it, for the scanner and the audit.</summary>
    public static Expression<Func<PlanAction, bool>> NotExecutedAsOf(DateOnly today) =>
        a => a.Status == ActionStatus.Accepted && a.NotExecutedBy != null && a.NotExecutedBy < today;

    /// <summary>Gallring: what was written about the person goes; the kind of insats, the unit and the dates stay.</summary>
    internal void Redact()
    {
        Description = SipPlan.Redacted;
        RejectionReason = RejectionReason is null ? null : SipPlan.Redacted;
    }

    /// <summary>Marked by the principals before or at a placement; the HVB documents by it too.</summary>
    public ActionNature Nature { get; private set; }

    internal void Classify(ActionNature nature) => Nature = nature;

    /// <summary>Rejected actions are history, not part of the plan the person receives.</summary>
    public bool IsInPlan => Status is not ActionStatus.Rejected;

    internal void Accept(Guid userId, DateTimeOffset now)
    {
        RequireStatus(ActionStatus.Proposed);
        Status = ActionStatus.Accepted;
        DecidedByUserId = userId;
        DecidedAt = now;
        NotExecutedBy = Principal == ResponsiblePrincipal.Municipality
            ? ExecutionDeadline(SwedishTime.Today(now))
            : null;
    }

    internal void RecordIvoReport(DateOnly reportedOn, DateOnly today)
    {
        if (!IsNotExecuted(today))
        {
            throw new DomainException(
                PlanErrors.ActionNotOverdueForIvo,
                "Bara en beviljad kommunal insats som inte har påbörjats inom tre månader rapporteras till IVO.");
        }

        if (reportedOn > today || reportedOn <= NotExecutedBy)
        {
            throw new DomainException(
                PlanErrors.IvoReportDate,
                "Rapportdagen ska ligga efter de tre månaderna och får inte vara i framtiden.");
        }

        ReportedToIvoOn = reportedOn;
    }

    internal void Reject(Guid userId, string reason, DateTimeOffset now)
    {
        RequireStatus(ActionStatus.Proposed);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(PlanErrors.RejectionReasonRequired, "Ange skälet till att insatsen inte accepteras.");
        }

        Status = ActionStatus.Rejected;
        DecidedByUserId = userId;
        DecidedAt = now;
        RejectionReason = reason.Trim();
    }

    /// <summary>
    /// Rule 7b: a proposal the owning unit has not answered follows its kallelse to the unit it was
    /// forwarded to, which gets its own time to answer.
    /// </summary>
    internal void PassTo(Guid unitId, DateOnly acceptBy)
    {
        RequireStatus(ActionStatus.Proposed);
        OwningUnitId = unitId;
        AcceptBy = acceptBy;
    }

    /// <summary>
    /// Rule 7b: a proposal to a unit whose kallelse was withdrawn ends as not taken up, with the reason,
    /// so that the plan's coordinators propose it again to the right unit.
    /// </summary>
    internal void ReturnWithKallelse(Guid? userId, string reason, DateTimeOffset now)
    {
        RequireStatus(ActionStatus.Proposed);
        Status = ActionStatus.Rejected;
        DecidedByUserId = userId;
        DecidedAt = now;
        RejectionReason = $"Kallelsen till enheten återkallades: {reason.Trim()}";
    }

    /// <summary>The statuses an insats may move to from <paramref name="current"/>: the one table <see cref="MoveTo"/> keeps.</summary>
    public static IReadOnlyList<ActionStatus> NextStatuses(ActionStatus current) =>
        Transitions.TryGetValue(current, out var next) ? next : [];

    internal void MoveTo(ActionStatus next)
    {
        if (!NextStatuses(Status).Contains(next))
        {
            throw new DomainException(PlanErrors.ActionStatusTransition, $"Insatsen kan inte gå från {Status} till {next}.");
        }

        Status = next;
    }

    private void RequireStatus(ActionStatus expected)
    {
        if (Status != expected)
        {
            throw new DomainException(PlanErrors.ActionAlreadyDecided, "Insatsen är redan besvarad.");
        }
    }
}
