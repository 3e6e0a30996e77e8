using Sip.Domain.Calendar;
using Sip.Domain.Common;
using Sip.Domain.Organizations;
using Sip.Domain.Policies;

namespace Sip.Domain.Plans;

/// <summary>
/// Rule 7b: a principal's unit summoned in error forwards the kallelse within its principal, or the initiating unit
/// withdraws it. Neither is a refusal: the principal takes part through the right unit, and the wrong one is not chased.
/// </summary>
public sealed partial class SipPlan
{
    /// <summary>
    /// The summoned unit <paramref name="from"/> passes its kallelse, with a reason, to <paramref name="to"/>
    /// of the same principal (for a private provider: its contracting principal). The new unit's answer
    /// time starts today; the initiating unit is told.
    /// </summary>
    public Participant ForwardInvitation(
        Guid participantId, OrganizationUnit from, OrganizationUnit to, Guid? userId, string reason, CountyPolicy policy,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(policy);
        EnsureOpen();
        var summoned = AwaitingAnswer(participantId, reason);
        if (summoned.UnitId != from.Id)
        {
            throw new DomainException(PlanErrors.ForwardByOwnUnit, "Bara den kallade enheten kan vidarebefordra sin kallelse.");
        }

        if (!summoned.IsObliged)
        {
            throw new DomainException(
                PlanErrors.ForwardOnlyObliged, "En annan aktör vidarebefordrar inte kallelsen: den kan tacka nej med ett skäl.");
        }

        if (!from.ActsForSamePrincipalAs(to))
        {
            throw new DomainException(
                PlanErrors.ForwardOtherPrincipal, $"{to.Name} hör inte till samma huvudman; kallelsen går bara vidare inom huvudmannen.");
        }

        if (ActiveConsent?.Covers(to.OrganizationId, to.Id) != true)
        {
            throw new DomainException(
                PlanErrors.OrganizationOutsideConsent, $"Samtycket omfattar inte {to.Name}s organisation: komplettera samtycket först.");
        }

        var forwarded = Summon(to, policy, now);
        summoned.Forward(userId, forwarded.Id, reason, now);
        Touch(now);
        Notify(NoticeKind.Invitation, to.Id, forwarded.Id);
        Notify(NoticeKind.InvitationForwarded, Origin.InitiatingUnitId, summoned.Id);
        PassActionsOn(from.Id, forwarded, policy, now);
        return forwarded;
    }

    /// <summary>The initiating unit withdraws a kallelse it sent in error, with a reason; the unit is told.</summary>
    public void WithdrawInvitation(Guid participantId, Guid actingUnitId, Guid? userId, string reason, DateTimeOffset now)
    {
        EnsureOpen();
        if (actingUnitId != Origin.InitiatingUnitId)
        {
            throw new DomainException(PlanErrors.WithdrawByInitiator, "Bara den initierande enheten kan återkalla en kallelse.");
        }

        var summoned = AwaitingAnswer(participantId, reason);
        summoned.Withdraw(userId, reason, now);
        Touch(now);
        Notify(NoticeKind.InvitationWithdrawn, summoned.UnitId!.Value, summoned.Id);
        foreach (var action in _actions.Where(a => a.OwningUnitId == summoned.UnitId && a.Status == ActionStatus.Proposed))
        {
            action.ReturnWithKallelse(userId, reason, now);
            foreach (var coordinator in new[] { Origin.InitiatingUnitId, OverallResponsibleUnitId }.OfType<Guid>().Distinct())
            {
                Notify(NoticeKind.ActionRejected, coordinator, action.Id);
            }
        }
    }

    /// <summary>
    /// The insatser the forwarding unit has not answered go with the kallelse, their answer time counted
    /// from today; those it has decided on stay with it, and the initiating unit is told of each.
    /// </summary>
    private void PassActionsOn(Guid fromUnitId, Participant forwarded, CountyPolicy policy, DateTimeOffset now)
    {
        var acceptBy = SwedishCalendar.AddWorkingDays(SwedishTime.Today(now), policy.ActionAcceptanceWorkingDays);
        foreach (var action in _actions.Where(a => a.OwningUnitId == fromUnitId))
        {
            if (action.Status == ActionStatus.Proposed)
            {
                action.PassTo(forwarded.UnitId!.Value, acceptBy);
                Notify(NoticeKind.ActionProposed, forwarded.UnitId.Value, action.Id);
            }
            else if (action.IsInPlan)
            {
                Notify(NoticeKind.ActionStayedWithUnit, Origin.InitiatingUnitId, action.Id);
            }
        }
    }

    private Participant AwaitingAnswer(Guid participantId, string reason)
    {
        var summoned = ParticipantById(participantId);
        if (!summoned.IsUnit)
        {
            throw new DomainException(PlanErrors.ParticipantNotFound, "Bara en enhets kallelse kan vidarebefordras eller återkallas.");
        }

        if (summoned.State != InvitationState.Invited)
        {
            throw new DomainException(
                PlanErrors.InvitationAlreadyAnswered, "Kallelsen är redan besvarad, vidarebefordrad eller återkallad.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(PlanErrors.RedirectReasonRequired, "Ange skälet.");
        }

        return summoned;
    }
}
