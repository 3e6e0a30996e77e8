using Sip.Domain.Actions;
using Sip.Domain.Calendar;
using Sip.Domain.Common;
using Sip.Domain.Organizations;
using Sip.Domain.Policies;

namespace Sip.Domain.Plans;

public sealed partial class SipPlan
{
    /// <summary>
    /// Proposes an insats for a unit taking part. Its principal follows the unit (rule 2): a
    /// municipal action for a municipal unit, a regional one for a region unit, others' separately.
    /// </summary>
    public PlanAction ProposeAction(
        ActionType type,
        OrganizationUnit owningUnit,
        Guid? needId,
        string description,
        DateOnly? startOn,
        DateOnly? dueOn,
        Guid proposedByUserId,
        CountyPolicy policy,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(owningUnit);
        ArgumentNullException.ThrowIfNull(policy);
        EnsureOpen();
        if (ParticipantForUnit(owningUnit.Id) is null)
        {
            throw new DomainException(
                PlanErrors.ActionUnitNotParticipating, $"{owningUnit.Name} deltar inte i planen: bjud in enheten först.");
        }

        if (string.IsNullOrWhiteSpace(description))
        {
            throw new DomainException(PlanErrors.ActionDescriptionRequired, "Beskriv insatsen.");
        }

        var principal = PrincipalFor(type, owningUnit);
        var acceptBy = SwedishCalendar.AddWorkingDays(SwedishTime.Today(now), policy.ActionAcceptanceWorkingDays);
        var action = new PlanAction(
            Guid.CreateVersion7(), type, principal, owningUnit.Id, needId is { } n && _needs.Any(x => x.Id == n) ? n : null,
            description.Trim(), startOn, dueOn, proposedByUserId, now, acceptBy);
        _actions.Add(action);
        Touch(now);
        Notify(NoticeKind.ActionProposed, owningUnit.Id, action.Id);
        return action;
    }

    /// <summary>Only staff of the owning unit accept the unit's actions.</summary>
    public void AcceptAction(Guid actionId, Guid actingUnitId, Guid userId, DateTimeOffset now)
    {
        EnsureOpen();
        OwnedAction(actionId, actingUnitId).Accept(userId, now);
        Touch(now);
    }

    /// <summary>A rejection needs a reason; the proposer is told (the outbox does that).</summary>
    public void RejectAction(Guid actionId, Guid actingUnitId, Guid userId, string reason, DateTimeOffset now)
    {
        EnsureOpen();
        OwnedAction(actionId, actingUnitId).Reject(userId, reason, now);
        Touch(now);

        // The rejection goes back to those who coordinate the plan.
        foreach (var coordinator in new[] { Origin.InitiatingUnitId, OverallResponsibleUnitId }.OfType<Guid>().Distinct())
        {
            Notify(NoticeKind.ActionRejected, coordinator, actionId);
        }
    }

    public void ChangeActionStatus(Guid actionId, Guid actingUnitId, ActionStatus next, DateTimeOffset now)
    {
        EnsureOpen();
        OwnedAction(actionId, actingUnitId).MoveTo(next);
        Touch(now);
    }

    /// <summary>
    /// Rule 22: the owning unit records the day it reported the insats to IVO as ej verkställt; a
    /// later quarter's report replaces the day. The insats stays ej verkställt until it starts.
    /// </summary>
    public void RecordIvoReport(Guid actionId, Guid actingUnitId, DateOnly reportedOn, DateTimeOffset now)
    {
        EnsureOpen();
        OwnedAction(actionId, actingUnitId).RecordIvoReport(reportedOn, SwedishTime.Today(now));
        Touch(now);
    }

    /// <summary>Rule 22: the insatser granted but not started in three months, while the plan is open.</summary>
    public IEnumerable<PlanAction> ActionsNotExecuted(DateOnly today) =>
        IsFinished ? [] : _actions.Where(a => a.IsNotExecuted(today));

    private static ResponsiblePrincipal PrincipalFor(ActionType type, OrganizationUnit unit) =>
        type.PrincipalWhenOwnedBy(unit.CountsAs)
        ?? throw new DomainException(
            PlanErrors.ActionPrincipalMismatch, $"Insatsen \"{type.Name}\" är inte {unit.Name}s huvudmans ansvar.");

    private PlanAction OwnedAction(Guid actionId, Guid actingUnitId)
    {
        var action = _actions.FirstOrDefault(a => a.Id == actionId)
            ?? throw new DomainException(PlanErrors.ActionNotFound, "Insatsen finns inte i planen.");
        if (action.OwningUnitId != actingUnitId)
        {
            throw new DomainException(
                PlanErrors.ActionNotOwningUnit, "Bara personal på den enhet som ansvarar för insatsen kan besvara den.");
        }

        return action;
    }
}
