using Sip.Domain.Calendar;
using Sip.Domain.Common;
using Sip.Domain.Organizations;
using Sip.Domain.Policies;

namespace Sip.Domain.Plans;

/// <summary>
/// A samordnad individuell plan: the aggregate root. Every change goes through a method that
/// enforces the rules of the domain brief, and every change raises <see cref="Version"/>, the
/// optimistic concurrency token, so two people editing the same plan cannot overwrite each other.
/// </summary>
public sealed partial class SipPlan
{
    private readonly List<Participant> _participants = [];
    private readonly List<ConsentRecord> _consents = [];
    private readonly List<PlanAction> _actions = [];
    private readonly List<Need> _needs = [];
    private readonly List<Meeting> _meetings = [];
    private readonly List<FollowUp> _followUps = [];
    private readonly List<PlanVersion> _versions = [];
    private readonly List<Deviation> _deviations = [];
    private readonly List<CostAllocation> _costAllocations = [];
    private readonly List<PersonFeedback> _feedback = [];

    private SipPlan()
    {
        ReferenceNumber = string.Empty;
        Reason = string.Empty;
        Person = null!;
        Origin = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>Diarienummer-like reference shown everywhere instead of the person, e.g. SIP-2026-000123.</summary>
    public string ReferenceNumber { get; private set; }

    public SubjectPerson Person { get; private set; }

    public string Reason { get; private set; }

    public PlanOrigin Origin { get; private set; }

    public HvbPlacement? Placement { get; private set; }

    public PlanStatus Status { get; private set; }

    /// <summary>The person's own goals, in their own words.</summary>
    public string? PersonGoals { get; private set; }

    public Guid? OverallResponsibleUnitId { get; private set; }

    /// <summary>By when the first SIP meeting should be held (policy, or rule 8 after a placement).</summary>
    public DateOnly FirstMeetingDueOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>
    /// When the plan was first established (its version 1). Kept on the plan as well, so that the
    /// area's process statistics count establishments without reading a version per plan.
    /// </summary>
    public DateTimeOffset? FirstEstablishedAt { get; private set; }

    public PlanCloseReason? CloseReason { get; private set; }

    public string? CloseNote { get; private set; }

    /// <summary>Optimistic concurrency token, raised by every change.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<Participant> Participants => _participants;

    public IReadOnlyList<ConsentRecord> Consents => _consents;

    public IReadOnlyList<PlanAction> Actions => _actions;

    public IReadOnlyList<Need> Needs => _needs;

    public IReadOnlyList<Meeting> Meetings => _meetings;

    public IReadOnlyList<FollowUp> FollowUps => _followUps;

    public IReadOnlyList<PlanVersion> Versions => _versions;

    public IReadOnlyList<Deviation> Deviations => _deviations;

    /// <summary>Every proposal of an ansvarsförbindelse, the superseded ones kept for the record.</summary>
    public IReadOnlyList<CostAllocation> CostAllocations => _costAllocations;

    /// <summary>Synpunkter and klagomål from the person.</summary>
    public IReadOnlyList<PersonFeedback> Feedback => _feedback;

    public ConsentRecord? ActiveConsent => _consents.LastOrDefault(c => c.IsActive);

    public bool IsFinished => !Status.IsOpen();

    /// <summary>
    /// Starts a SIP. Work starts without delay (001 ~768), so the first meeting's deadline is set at
    /// once; a placement not preceded by a SIP brings it forward to rule 8's week.
    /// </summary>
    public static SipPlan Start(
        Guid id,
        string referenceNumber,
        SubjectPerson person,
        string reason,
        OriginKind originKind,
        string externalCaseReference,
        OrganizationUnit initiatingUnit,
        Guid initiatedByUserId,
        HvbPlacement? placement,
        CountyPolicy policy,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(initiatingUnit);
        ArgumentNullException.ThrowIfNull(policy);
        if (!initiatingUnit.MayInitiateSip)
        {
            throw new DomainException(
                PlanErrors.InitiatorMustBePrincipal,
                "En SIP initieras av personal hos kommunen, regionen eller en utförare på deras uppdrag.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(PlanErrors.ReasonRequired, "Ange skälet till att en SIP behövs.");
        }

        if (string.IsNullOrWhiteSpace(externalCaseReference))
        {
            throw new DomainException(PlanErrors.CaseReferenceRequired, "Ange ärendets referens i verksamhetssystemet.");
        }

        var today = SwedishTime.Today(now);
        var meetingDue = today.AddDays(policy.DaysToFirstMeeting);
        if (placement?.SipMeetingDueOn is { } placementDue && placementDue < meetingDue)
        {
            meetingDue = placementDue;
        }

        var plan = new SipPlan
        {
            Id = id,
            ReferenceNumber = referenceNumber,
            Person = person,
            Reason = reason.Trim(),
            Origin = new PlanOrigin(
                originKind, initiatingUnit.Id, initiatingUnit.OrganizationId, externalCaseReference.Trim(), initiatedByUserId),
            Placement = placement,
            Status = PlanStatus.Draft,
            FirstMeetingDueOn = meetingDue,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        if (placement is not null)
        {
            plan.EnsureLegalBasisFitsAge(placement);
        }

        plan._participants.Add(new Participant(
            Guid.CreateVersion7(), ParticipantKind.Person, null, null, person.FullName, null, now, null, acceptedAtOnce: true));
        plan._participants.Add(new Participant(
            Guid.CreateVersion7(), ParticipantKind.PrincipalUnit, initiatingUnit.Id, initiatingUnit.OrganizationId, initiatingUnit.Name,
            null, now, null, acceptedAtOnce: true));
        return plan;
    }

    /// <summary>
    /// Who may read the plan: the initiating unit always; another unit only while it takes part
    /// and the active consent covers its organisation and, where it names units there, the unit itself
    /// (rule 13: withdrawal removes access at once; rule 30: so does narrowing to other units).
    /// </summary>
    public bool IsVisibleTo(Guid unitId, Guid organizationId)
    {
        if (unitId == Origin.InitiatingUnitId)
        {
            return true;
        }

        return ActiveConsent?.Covers(organizationId, unitId) == true
            && _participants.Any(p => p.UnitId == unitId && p.TakesPart);
    }

    public void RecordGoalsAndNeeds(string? personGoals, IEnumerable<string> needs, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(needs);
        EnsureOpen();
        PersonGoals = string.IsNullOrWhiteSpace(personGoals) ? null : personGoals.Trim();
        var kept = needs.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).ToList();
        _needs.RemoveAll(n => n.Area is null && !kept.Contains(n.Description));
        for (var i = 0; i < kept.Count; i++)
        {
            if (_needs.All(n => n.Description != kept[i]))
            {
                _needs.Add(new Need(Guid.CreateVersion7(), kept[i], i));
            }
        }

        Touch(now);
    }

    private void EnsureOpen()
    {
        if (IsFinished)
        {
            throw new DomainException(PlanErrors.PlanIsFinished, "Planen är avslutad och kan inte ändras.");
        }
    }

    /// <summary>
    /// Takes another reference number before the plan is first stored, when a plan started at the
    /// same moment took this one. A stored plan keeps its number for life.
    /// </summary>
    public void Renumber(string referenceNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(referenceNumber);

        ReferenceNumber = referenceNumber;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    private Participant ParticipantById(Guid participantId) =>
        _participants.FirstOrDefault(p => p.Id == participantId)
        ?? throw new DomainException(PlanErrors.ParticipantNotFound, "Deltagaren finns inte i planen.");
}
