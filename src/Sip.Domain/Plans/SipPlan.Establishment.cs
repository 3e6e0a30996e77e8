using Sip.Domain.Calendar;
using Sip.Domain.Common;
using Sip.Domain.Organizations;
using Sip.Domain.Policies;

namespace Sip.Domain.Plans;

public sealed partial class SipPlan
{
    public int CurrentVersionNumber => _versions.Count == 0 ? 0 : _versions.Max(v => v.Number);

    /// <summary>
    /// Rule 3: exactly one overall responsible, a kommun or region unit that accepted. Assigning
    /// again hands the responsibility over. Rule 23: a private provider's unit acts for its principal,
    /// but holds the overall responsibility only where the county's <paramref name="policy"/> says so.
    /// </summary>
    public void AssignOverallResponsibility(Guid unitId, DateTimeOffset now, CountyPolicy? policy = null)
    {
        EnsureOpen();
        var participant = ParticipantForUnit(unitId);
        if (participant is null || participant.State != InvitationState.Accepted)
        {
            throw new DomainException(
                PlanErrors.OverallResponsibleMustBePrincipal,
                "Det övergripande ansvaret kan bara ges till en enhet som har accepterat att delta.");
        }

        if (participant.Kind != ParticipantKind.PrincipalUnit)
        {
            throw new DomainException(
                PlanErrors.OverallResponsibleMustBePrincipal, "Det övergripande ansvaret ligger alltid hos kommunen eller regionen.");
        }

        if (participant.IsContractedProviderUnit && policy?.ContractedProvidersMayHoldOverallResponsibility != true)
        {
            throw new DomainException(
                PlanErrors.OverallResponsibleContractedProvider,
                "Enligt länets beslut kan en privat utförare inte ha det övergripande ansvaret; ge det till kommunen eller regionen.");
        }

        OverallResponsibleUnitId = unitId;
        Touch(now);
    }

    /// <summary>Establishes the plan: checks every precondition, stores an immutable version, schedules the follow-up.</summary>
    public PlanVersion Establish(
        IReadOnlyDictionary<Guid, OrganizationKind> unitOrganizationKinds, Establishment establishment, Guid userId, CountyPolicy policy,
        DateTimeOffset now)
    {
        EnsureOpen();
        if (Status == PlanStatus.Established)
        {
            throw new DomainException(PlanErrors.AlreadyEstablished, "Planen är redan fastställd; revidera den vid uppföljning.");
        }

        var version = StoreVersion(unitOrganizationKinds, establishment, userId, policy, now);
        Status = PlanStatus.Established;
        NotifyUnitsTakingPart(NoticeKind.PlanEstablished, version.Id);
        return version;
    }

    private PlanVersion StoreVersion(
        IReadOnlyDictionary<Guid, OrganizationKind> unitOrganizationKinds, Establishment establishment, Guid userId, CountyPolicy policy,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var gaps = EstablishmentGaps(unitOrganizationKinds, establishment);
        if (gaps.Count > 0)
        {
            throw new DomainException(gaps[0].Code, string.Join(" ", gaps.Select(g => g.Message)));
        }

        var today = SwedishTime.Today(now);
        var nextFollowUpOn = establishment.NextFollowUpOn ?? today.AddDays(policy.FollowUpIntervalDays);
        if (nextFollowUpOn <= today)
        {
            throw new DomainException(PlanErrors.FollowUpDate, "Nästa uppföljning måste ligga fram i tiden.");
        }

        var version = new PlanVersion(
            Guid.CreateVersion7(),
            CurrentVersionNumber + 1,
            now,
            userId,
            establishment.PersonParticipated,
            establishment.PersonParticipated ? null : establishment.PersonAbsenceReason!.Trim(),
            now,
            Snapshot(nextFollowUpOn).ToJson());
        _versions.Add(version);
        if (version.Number == 1)
        {
            FirstEstablishedAt = now;
        }

        _followUps.Add(new FollowUp(Guid.CreateVersion7(), nextFollowUpOn));
        Touch(now);
        return version;
    }

    private PlanSnapshot Snapshot(DateOnly nextFollowUpOn) => new(
        ReferenceNumber,
        Reason,
        PersonGoals,
        [.. _needs.OrderBy(n => n.Order).Select(n => n.Description)],
        ParticipantLines(),
        [.. _actions.Where(a => a.IsInPlan).Select(a => new PlanSnapshot.ActionLine(
            a.Id, a.ActionTypeCode, a.Principal.ToString(), a.OwningUnitId, a.Description, a.StartOn, a.DueOn, a.Status))],
        OverallResponsibleUnitId!.Value,
        nextFollowUpOn,
        ActiveConsent!.Id,
        FastCareContact is { } contact ? new PlanSnapshot.FastCareContactLine(contact.UnitId, contact.Name, contact.Telephone) : null,
        ChildrenSnapshot(),
        PlacementSnapshot(),
        CommunicationSnapshot());

    private void EnsureEstablished()
    {
        if (Status != PlanStatus.Established)
        {
            throw new DomainException(PlanErrors.NotEstablished, "Planen är inte fastställd ännu.");
        }
    }
}
