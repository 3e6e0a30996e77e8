namespace Sip.Domain.Plans;

public enum ConsentGiver
{
    /// <summary>The person themself (from 15 years, practice 18).</summary>
    Person,

    /// <summary>Vårdnadshavare, for a child under 18.</summary>
    Guardians,
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

    private ConsentRecord()
    {
    }

    internal ConsentRecord(Guid id, ConsentGiver givenBy, string? guardianNames, ConsentForm form, DateTimeOffset givenAt, Guid recordedByUserId, IEnumerable<Guid> scopeOrganizationIds, bool nextOfKinMayTakePart, string? childsView)
    {
        Id = id;
        GivenBy = givenBy;
        GuardianNames = guardianNames;
        Form = form;
        GivenAt = givenAt;
        RecordedByUserId = recordedByUserId;
        _scopeOrganizationIds.AddRange(scopeOrganizationIds.Distinct());
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
    }

    /// <summary>Set when a later consent replaced this one.</summary>
    public DateTimeOffset? SupersededAt { get; private set; }

    public bool IsActive => WithdrawnAt is null && SupersededAt is null;

    public bool Covers(Guid organizationId) => IsActive && _scopeOrganizationIds.Contains(organizationId);

    internal void Withdraw(DateTimeOffset now, string? note)
    {
        WithdrawnAt = now;
        WithdrawalNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    internal void Supersede(DateTimeOffset now) => SupersededAt = now;
}
