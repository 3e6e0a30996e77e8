namespace Sip.Domain.Plans;

public enum ConsentGiver
{
    /// <summary>The person themself (from 15 years, practice 18).</summary>
    Person,

    /// <summary>Vårdnadshavare, for a child under 18.</summary>
    Guardians,

    /// <summary>Rule 25: a god man, förvaltare or ombud taking part, within their mandate.</summary>
    Representative,
}

public enum ConsentForm
{
    Written,
    Oral,
}

/// <summary>
/// A consent (samtycke) to the SIP and to sharing information between the organisations in its
/// scope. A new consent supersedes the previous; a withdrawal stops sharing from that moment.
/// </summary>
public sealed class ConsentRecord
{
    private readonly List<Guid> _scopeOrganizationIds = [];
    private readonly List<Guid> _scopeUnitIds = [];
    private readonly List<Guid> _narrowedOrganizationIds = [];

    private ConsentRecord()
    {
    }

    internal ConsentRecord(
        Guid id, ConsentGiver givenBy, string? guardianNames, ConsentForm form, DateTimeOffset givenAt, Guid recordedByUserId,
        IEnumerable<Guid> scopeOrganizationIds, bool nextOfKinMayTakePart, string? childsView,
        IReadOnlyCollection<(Guid UnitId, Guid OrganizationId)> scopeUnits, Participant? representative)
    {
        Id = id;
        GivenBy = givenBy;
        GuardianNames = guardianNames;
        Form = form;
        GivenAt = givenAt;
        RecordedByUserId = recordedByUserId;
        _scopeOrganizationIds.AddRange(scopeOrganizationIds.Distinct());
        _scopeUnitIds.AddRange(scopeUnits.Select(u => u.UnitId).Distinct());
        _narrowedOrganizationIds.AddRange(scopeUnits.Select(u => u.OrganizationId).Distinct());
        if (representative is not null)
        {
            RepresentativeParticipantId = representative.Id;
            RepresentativeName = representative.DisplayName;
            RepresentativeCapacity = representative.Kind;
        }

        NextOfKinMayTakePart = nextOfKinMayTakePart;
        ChildsView = childsView;
    }

    public Guid Id { get; private set; }

    public ConsentGiver GivenBy { get; private set; }

    public string? GuardianNames { get; private set; }

    public ConsentForm Form { get; private set; }

    public DateTimeOffset GivenAt { get; private set; }

    public Guid RecordedByUserId { get; private set; }

    /// <summary>The organisations between which information may be shared.</summary>
    public IReadOnlyList<Guid> ScopeOrganizationIds => _scopeOrganizationIds;

    /// <summary>
    /// Rule 30 (sekretess mellan nämnder): the named units within a scoped organisation that may
    /// share; an organisation none of them belongs to is in scope whole.
    /// </summary>
    public IReadOnlyList<Guid> ScopeUnitIds => _scopeUnitIds;

    /// <summary>The organisations of <see cref="ScopeUnitIds"/>: within them only the named units share.</summary>
    public IReadOnlyList<Guid> NarrowedOrganizationIds => _narrowedOrganizationIds;

    /// <summary>Rule 25: the god man, förvaltare or ombud who gave the consent, when the person did not.</summary>
    public Guid? RepresentativeParticipantId { get; private set; }

    public string? RepresentativeName { get; private set; }

    /// <summary>In what capacity the representative gave it.</summary>
    public ParticipantKind? RepresentativeCapacity { get; private set; }

    /// <summary>The representative who withdrew it, when the person did not.</summary>
    public string? WithdrawnByName { get; private set; }

    public ParticipantKind? WithdrawnByCapacity { get; private set; }

    /// <summary>Rule 6: närstående take part only if the person does not object.</summary>
    public bool NextOfKinMayTakePart { get; private set; }

    /// <summary>For a child: the child's own view, according to age and maturity.</summary>
    public string? ChildsView { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public string? WithdrawalNote { get; private set; }

    internal void Redact()
    {
        GuardianNames = GuardianNames is null ? null : SipPlan.Redacted;
        ChildsView = ChildsView is null ? null : SipPlan.Redacted;
        WithdrawalNote = WithdrawalNote is null ? null : SipPlan.Redacted;
        RepresentativeName = RepresentativeName is null ? null : SipPlan.Redacted;
        WithdrawnByName = WithdrawnByName is null ? null : SipPlan.Redacted;
    }

    /// <summary>Set when a later consent replaced this one.</summary>
    public DateTimeOffset? SupersededAt { get; private set; }

    public bool IsActive => WithdrawnAt is null && SupersededAt is null;

    public bool CoversOrganization(Guid organizationId) => IsActive && _scopeOrganizationIds.Contains(organizationId);

    /// <summary>Rules 13 and 30: whether a unit may share, by its organisation and, where the consent names units there, itself.</summary>
    public bool Covers(Guid organizationId, Guid unitId) =>
        CoversOrganization(organizationId) && (!_narrowedOrganizationIds.Contains(organizationId) || _scopeUnitIds.Contains(unitId));

    internal void Withdraw(DateTimeOffset now, string? note, Participant? representative = null)
    {
        WithdrawnByName = representative?.DisplayName;
        WithdrawnByCapacity = representative?.Kind;
        WithdrawnAt = now;
        WithdrawalNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    internal void Supersede(DateTimeOffset now) => SupersededAt = now;
}
