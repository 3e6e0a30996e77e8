using Sip.Domain.Calendar;
using Sip.Domain.Common;
using Sip.Domain.Organizations;
using Sip.Domain.Policies;

namespace Sip.Domain.Plans;

public sealed partial class SipPlan
{
    public int CurrentVersionNumber => _versions.Count == 0 ? 0 : _versions.Max(v => v.Number);

    public FollowUp? NextFollowUp => _followUps.Where(f => !f.IsDone).MinBy(f => f.DueOn);

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
            throw new DomainException(PlanErrors.OverallResponsibleMustBePrincipal, "Det övergripande ansvaret kan bara ges till en enhet som har accepterat att delta.");
        }

        if (participant.Kind != ParticipantKind.PrincipalUnit)
        {
            throw new DomainException(PlanErrors.OverallResponsibleMustBePrincipal, "Det övergripande ansvaret ligger alltid hos kommunen eller regionen.");
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

    /// <summary>
    /// Every precondition of the domain brief that the plan does not yet meet. Empty means the plan
    /// can be established. <paramref name="unitOrganizationKinds"/> tells the principal each
    /// participating unit acts for (<see cref="OrganizationUnit.ActsForPrincipal"/>: a private
    /// provider's unit counts as its contracting principal's, rule 23), which the plan does not store.
    /// </summary>
    public IReadOnlyList<RuleViolation> EstablishmentGaps(IReadOnlyDictionary<Guid, OrganizationKind> unitOrganizationKinds, Establishment establishment)
    {
        ArgumentNullException.ThrowIfNull(unitOrganizationKinds);
        ArgumentNullException.ThrowIfNull(establishment);
        var gaps = new List<RuleViolation>();
        if (ActiveConsent is null)
        {
            gaps.Add(new(PlanErrors.ConsentRequired, "Det finns inget gällande samtycke från personen eller vårdnadshavarna."));
        }

        var acceptedUnits = _participants.Where(p => p is { IsUnit: true, State: InvitationState.Accepted }).Select(p => p.UnitId!.Value).ToList();
        OrganizationKind? KindOf(Guid unit) => unitOrganizationKinds.TryGetValue(unit, out var k) ? k : null;
        if (!acceptedUnits.Any(u => KindOf(u) == OrganizationKind.Municipality) || !acceptedUnits.Any(u => KindOf(u) == OrganizationKind.Region))
        {
            gaps.Add(new(PlanErrors.BothPrincipalsRequired, "Minst en enhet från kommunen och en från regionen måste ha accepterat att delta."));
        }

        if (OverallResponsibleUnitId is null)
        {
            gaps.Add(new(PlanErrors.OverallResponsibleRequired, "Ange vilken huvudman som har det övergripande ansvaret för planen."));
        }

        var inPlan = _actions.Where(a => a.IsInPlan).ToList();
        if (inPlan.Count == 0)
        {
            gaps.Add(new(PlanErrors.ActionsRequired, "Planen måste ange vilka insatser som behövs."));
        }

        if (inPlan.Any(a => a.Status == ActionStatus.Proposed))
        {
            gaps.Add(new(PlanErrors.ActionAwaitingAcceptance, "Alla föreslagna insatser måste vara accepterade eller avvisade av ansvarig enhet."));
        }

        if (inPlan.Any(a => !acceptedUnits.Contains(a.OwningUnitId)))
        {
            gaps.Add(new(PlanErrors.ActionUnitNotParticipating, "Varje insats måste ägas av en enhet som deltar i planen."));
        }

        if (inPlan.Any(a => a.StartOn is null && a.DueOn is null))
        {
            gaps.Add(new(PlanErrors.ActionWithoutWhen, "Varje insats måste ange när den ska ske (start- eller slutdatum)."));
        }

        if (!establishment.PersonParticipated && string.IsNullOrWhiteSpace(establishment.PersonAbsenceReason))
        {
            gaps.Add(new(PlanErrors.PersonParticipationRequired, "Ange om personen deltog, och annars varför inte."));
        }

        if (!establishment.PersonApproved)
        {
            gaps.Add(new(PlanErrors.PersonApprovalRequired, "Planen gäller först när personen har godkänt den."));
        }

        if (!ReportOfConcernAssessedForNextVersion)
        {
            gaps.Add(new(
                PlanErrors.ReportOfConcernAssessmentRequired,
                "Barn finns i hushållet: dokumentera bedömningen av om en orosanmälan behövs för den här versionen av planen."));
        }

        return gaps;
    }

    /// <summary>Establishes the plan: checks every precondition, stores an immutable version, schedules the follow-up.</summary>
    public PlanVersion Establish(IReadOnlyDictionary<Guid, OrganizationKind> unitOrganizationKinds, Establishment establishment, Guid userId, CountyPolicy policy, DateTimeOffset now)
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

    public FollowUp ScheduleFollowUp(DateOnly dueOn, DateTimeOffset now)
    {
        EnsureOpen();
        EnsureEstablished();
        if (dueOn <= SwedishTime.Today(now))
        {
            throw new DomainException(PlanErrors.FollowUpDate, "Uppföljningen måste ligga fram i tiden.");
        }

        var followUp = new FollowUp(Guid.CreateVersion7(), dueOn);
        _followUps.Add(followUp);
        Touch(now);
        return followUp;
    }

    /// <summary>A follow-up revises the plan: the same preconditions hold, and a new version is stored.</summary>
    public PlanVersion RecordFollowUp(Guid followUpId, string summary, IReadOnlyDictionary<Guid, OrganizationKind> unitOrganizationKinds, Establishment establishment, Guid userId, CountyPolicy policy, DateTimeOffset now)
    {
        EnsureOpen();
        EnsureEstablished();
        var followUp = _followUps.FirstOrDefault(f => f.Id == followUpId)
            ?? throw new DomainException(PlanErrors.FollowUpNotFound, "Uppföljningen finns inte i planen.");
        if (followUp.IsDone)
        {
            throw new DomainException(PlanErrors.FollowUpAlreadyDone, "Uppföljningen är redan gjord.");
        }

        var version = StoreVersion(unitOrganizationKinds, establishment, userId, policy, now);
        followUp.Record(userId, string.IsNullOrWhiteSpace(summary) ? string.Empty : summary.Trim(), version.Number, now);
        return version;
    }

    /// <summary>Closes the plan; the person may end it at any time (practice 17).</summary>
    public void Close(PlanCloseReason reason, string? note, DateTimeOffset now)
    {
        EnsureOpen();
        if (reason == PlanCloseReason.Other && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException(PlanErrors.CloseReasonRequired, "Beskriv varför planen avslutas.");
        }

        Status = PlanStatus.Closed;
        CloseReason = reason;
        CloseNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ClosedAt = now;
        Touch(now);
    }

    /// <summary>Cancels a plan that was never established, e.g. when the person did not consent;
    /// the initiative and the refusal stay documented.</summary>
    public void Cancel(string reason, DateTimeOffset now)
    {
        EnsureOpen();
        if (Status == PlanStatus.Established)
        {
            throw new DomainException(PlanErrors.AlreadyEstablished, "En fastställd plan avslutas, den makuleras inte.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(PlanErrors.CloseReasonRequired, "Ange varför planen makuleras.");
        }

        Status = PlanStatus.Cancelled;
        CloseNote = reason.Trim();
        ClosedAt = now;
        Touch(now);
    }

    private PlanVersion StoreVersion(IReadOnlyDictionary<Guid, OrganizationKind> unitOrganizationKinds, Establishment establishment, Guid userId, CountyPolicy policy, DateTimeOffset now)
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
        [.. _actions.Where(a => a.IsInPlan).Select(a => new PlanSnapshot.ActionLine(a.Id, a.ActionTypeCode, a.Principal.ToString(), a.OwningUnitId, a.Description, a.StartOn, a.DueOn, a.Status))],
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
