using Sip.Application.Pipeline;

namespace Sip.Application.Features.Plans;

/// <summary>The whole plan as its participants see it. Reads personal data, so every call is logged.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record GetPlan(Guid PlanId) : IQuery<PlanDetail>, IPlanRequestSeenByItsOwnQuery, IReadsPersonalData;

public sealed record PlanDetail(
    Guid Id,
    string ReferenceNumber,
    PlanStatus Status,
    string? PersonalIdentityNumber,
    string PersonName,
    bool HasProtectedIdentity,
    bool ChildrenInHousehold,
    string Reason,
    OriginKind Origin,
    string ExternalCaseReference,
    Guid InitiatingUnitId,
    string InitiatingUnitName,
    string? PersonGoals,
    Guid? OverallResponsibleUnitId,
    string? OverallResponsibleUnitName,
    DateOnly FirstMeetingDueOn,
    PlanDetail.PlacementItem? Placement,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    IReadOnlyList<PlanDetail.ParticipantItem> Participants,
    IReadOnlyList<PlanDetail.ConsentItem> Consents,
    IReadOnlyList<string> Needs,
    IReadOnlyList<PlanDetail.ActionItem> Actions,
    IReadOnlyList<PlanDetail.MeetingItem> Meetings,
    IReadOnlyList<PlanDetail.FollowUpItem> FollowUps,
    IReadOnlyList<PlanDetail.VersionItem> Versions,
    IReadOnlyList<PlanDetail.CostAllocationItem>? CostAllocations = null,
    IReadOnlyList<PlanDetail.DeviationItem>? Deviations = null,
    IReadOnlyList<PlanDetail.FeedbackItem>? Feedback = null,
    PlanDetail.FastCareContactItem? FastCareContact = null,
    Domain.People.IdentityKind IdentityKind = Domain.People.IdentityKind.PersonalIdentityNumber,
    string? ReserveNumber = null,
    DateOnly? BirthDate = null,
    IReadOnlyList<PlanDetail.ChildItem>? Children = null,
    PlanDetail.ReportOfConcernItem? ReportOfConcern = null,
    bool ChildrensNeed = false,
    PlanDetail.CommunicationNeedItem? CommunicationNeed = null,
    IReadOnlyList<PlanDetail.DeadlineItem>? OpenDeadlines = null)
{
    /// <summary>Not closed or cancelled, as the domain says (<see cref="PlanDeadlines.IsOpen"/>): the plan can change.</summary>
    public bool IsOpen => Status.IsOpen();

    /// <summary>A deadline the plan still owes (<see cref="PlanDeadlines.Of"/>); the scan chases it once its day has passed.</summary>
    public sealed record DeadlineItem(DeadlineKind Kind, Guid SubjectId, DateOnly DueOn);

    /// <summary>Rule 24: a child in the household; where it lives is null when protected identity hides it.</summary>
    public sealed record ChildItem(int? AgeYears, int? BirthYear, ChildLivesWith? LivesWith, ChildCustody Custody);

    /// <summary>
    /// Rule 12c: the latest orosanmälan assessment. <paramref name="AskedAgain"/>: children are
    /// recorded and the version being drawn up has no assessment of its own yet.
    /// </summary>
    public sealed record ReportOfConcernItem(
        string? Assessment,
        DateTimeOffset? AssessedAt,
        int? ForVersion,
        bool IsCurrent,
        bool AskedAgain,
        bool? ReportMade,
        DateOnly? ReportMadeOn,
        string? SocialServices,
        bool? ParentAndChildInformed);

    /// <summary>Rule 25: the person's need of a tolk (with the language) or of other communication support.</summary>
    public sealed record CommunicationNeedItem(bool InterpreterNeeded, string? Language, string? OtherSupport);

    /// <summary>Rule 29: the fast vårdkontakt in the region's care, with the unit they work at.</summary>
    public sealed record FastCareContactItem(
        Guid UnitId, string UnitName, string Name, string? Telephone, DateTimeOffset NamedAt);

    /// <summary>Where the first-meeting deadline stands (rule 21), by the same rule as the reminders.</summary>
    public MeetingDeadlineState FirstMeetingDeadline(DateOnly today) =>
        HeldNotBooked.StateOf(FirstMeetingDueOn, MeetingDays(), today);

    /// <summary>Where the SIP within a week of the placement stands (rules 8 and 21); null when none is due.</summary>
    public MeetingDeadlineState? PlacementSipDeadline(DateOnly today) =>
        Placement?.SipMeetingDueOn is { } due ? HeldNotBooked.StateOf(due, MeetingDays(), today) : null;

    private IEnumerable<(DateOnly Day, MeetingStatus Status)> MeetingDays() =>
        Meetings.Select(m => (Sip.Domain.Calendar.SwedishTime.Today(m.StartsAt), m.Status));

    public sealed record PlacementItem(
        DateOnly DecidedOn,
        DateOnly StartedOn,
        bool IsAcute,
        bool PrecededBySip,
        DateOnly? SipMeetingDueOn,
        DateOnly? CostAllocationDueOn,
        DateOnly? CostAllocationSettledOn = null,
        Guid? PlacingOrganizationId = null,
        Guid? ResidentialUnitId = null,
        PlacementLegalBasis? LegalBasis = null,
        PlacementMotive? Motive = null,
        string? MotiveText = null,
        string? CareContent = null,
        MedicalCareChoice? MedicalCare = null,
        string? LvmNotifiedBy = null,
        DateOnly? LvmNotifiedOn = null,
        string? LvmCertificateWrittenAt = null)
    {
        /// <summary>Rule 27: under LVM the checklist stays open until both steps are recorded.</summary>
        public bool LvmChecklistOpen =>
            LegalBasis == PlacementLegalBasis.Lvm && (LvmNotifiedOn is null || LvmCertificateWrittenAt is null);
    }

    /// <summary>One proposal of the ansvarsförbindelse; the current one has no <see cref="SupersededAt"/>.</summary>
    public sealed record CostAllocationItem(
        Guid Id, CostShareKind ShareKind, decimal MunicipalityShare, decimal RegionShare, string Basis, Guid ProposedByUnitId,
        DateTimeOffset ProposedAt, CostAllocationState State,
        string? MunicipalitySignatory, string? MunicipalitySignatoryTitle, DateTimeOffset? MunicipalityAgreedAt,
        string? RegionSignatory, string? RegionSignatoryTitle, DateTimeOffset? RegionAgreedAt,
        CostDisputeGround? DisputeGround, string? DisputeReason, DateTimeOffset? SupersededAt);

    public sealed record DeviationItem(
        Guid Id, Guid RaisedByUnitId, Guid CounterpartOrganizationId, string Description, bool IsCostDispute, DateTimeOffset RaisedAt,
        EscalationLevel Level, string? DeIdentifiedSummary, DateOnly? StepDueOn, DateTimeOffset? ResolvedAt, string? Resolution);

    public sealed record FeedbackItem(
        Guid Id, FeedbackKind Kind, string Text, DateOnly ReceivedOn, Guid RoutedToUnitId, DateOnly RespondBy,
        DateTimeOffset? AnsweredAt, string? Answer);

    /// <param name="RedirectReason">Why the kallelse was forwarded or withdrawn (rule 7b).</param>
    /// <param name="Mandate">Rule 25: a god man's, förvaltare's or ombud's mandate.</param>
    public sealed record ParticipantItem(
        Guid Id, ParticipantKind Kind, Guid? UnitId, string DisplayName, string? Relationship, InvitationState State,
        DateOnly? RespondBy, string? DeclineReason, string? Email = null, string? RedirectReason = null,
        RepresentativeMandate? Mandate = null)
    {
        /// <summary>Summoned or taking part: not declined, forwarded or withdrawn.</summary>
        public bool TakesPart => State is InvitationState.Invited or InvitationState.Accepted;
    }

    /// <param name="ScopeUnitIds">Rule 30: the units named within organisations of the scope.</param>
    /// <param name="RepresentativeName">Rule 25: who gave it, when a representative did, and in what capacity.</param>
    public sealed record ConsentItem(
        Guid Id, ConsentGiver GivenBy, string? GuardianNames, ConsentForm Form, DateTimeOffset GivenAt,
        IReadOnlyList<Guid> ScopeOrganizationIds, bool NextOfKinMayTakePart, DateTimeOffset? WithdrawnAt,
        DateTimeOffset? SupersededAt, IReadOnlyList<Guid>? ScopeUnitIds = null, string? RepresentativeName = null,
        ParticipantKind? RepresentativeCapacity = null,
        string? WithdrawnByName = null, ParticipantKind? WithdrawnByCapacity = null);

    /// <param name="NotExecutedBy">Rule 22: a granted municipal insats must start by this day, or it goes to IVO.</param>
    /// <param name="ReportedToIvoOn">The day the owning unit reported it to IVO as ej verkställt.</param>
    public sealed record ActionItem(
        Guid Id, string ActionTypeCode, string Principal, Guid OwningUnitId, string OwningUnitName, string Description,
        DateOnly? StartOn, DateOnly? DueOn, ActionStatus Status, DateOnly AcceptBy, string? RejectionReason,
        ActionNature Nature = ActionNature.NotSet,
        DateOnly? NotExecutedBy = null, DateOnly? ReportedToIvoOn = null)
    {
        /// <summary>The statuses the insats may move to, from the domain's one table (<see cref="PlanAction.NextStatuses"/>).</summary>
        public IReadOnlyList<ActionStatus> NextStatuses => PlanAction.NextStatuses(Status);

        /// <summary>The same rule as <see cref="PlanAction.IsNotExecuted"/>, from what the document carries.</summary>
        public bool IsNotExecuted(DateOnly today) => Status == ActionStatus.Accepted && NotExecutedBy is { } by && by < today;
    }

    /// <param name="CommunicationNeed">Rule 25: the plan's need of a tolk or other support, shown with each meeting.</param>
    public sealed record MeetingItem(
        Guid Id, DateTimeOffset StartsAt, TimeSpan Duration, string? Location, Uri? VideoLink, MeetingStatus Status,
        CommunicationNeedItem? CommunicationNeed = null);

    public sealed record FollowUpItem(Guid Id, DateOnly DueOn, DateTimeOffset? DoneAt, int? ResultingVersion);

    public sealed record VersionItem(int Number, DateTimeOffset EstablishedAt, bool PersonParticipated);
}

/// <summary>
/// Reads the plan's document (<see cref="PlanDocuments"/>) in the statement that tests the access rule,
/// one round trip for the whole plan; a plan whose document is not current is read from its tables.
/// </summary>
public sealed class GetPlanHandler(ISipDbContext db, ICurrentUser user) : IQueryHandler<GetPlan, PlanDetail>
{
    public async ValueTask<PlanDetail> Handle(GetPlan query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var unitIds = user.UnitIds.ToList();
        var detail = await PlanDocuments.ReadIfSeenAsync(db, query.PlanId, unitIds, cancellationToken) switch
        {
            { Seen: false } => throw new NotFoundException(VisiblePlans.NotSeen),
            { Detail: { } current } => current,
            _ => await PlanDocuments.ReadFromTablesAsync(db, query.PlanId, cancellationToken)
                ?? throw new NotFoundException(VisiblePlans.NotSeen),
        };
        return ProtectedIdentity.HiddenFrom(detail.HasProtectedIdentity, detail.InitiatingUnitId, unitIds)
            ? ProtectedIdentity.Hide(detail)
            : detail;
    }
}
