using Sip.Domain.Common;

namespace Sip.Domain.Organizations;

/// <summary>A unit that takes part in plans and whose staff act on them, e.g. Beroendeenheten
/// Östersund. The principal is its <see cref="Organization"/>.</summary>
public sealed class OrganizationUnit
{
    private OrganizationUnit()
    {
        Name = string.Empty;
    }

    /// <summary>
    /// A unit of a private provider names the principal it works for (<paramref name="contractingPrincipal"/>,
    /// the organisation's <see cref="Organization.ContractingPrincipalId"/>): it acts for it in the plan.
    /// </summary>
    public OrganizationUnit(
        Guid id, Organization organization, string name, UnitKind kind, string? hsaId, string? invitationMailbox,
        Organization? contractingPrincipal = null)
    {
        ArgumentNullException.ThrowIfNull(organization);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("unit.name-required", "Enheten måste ha ett namn.");
        }

        Id = id;
        OrganizationId = organization.Id;
        OrganizationKind = organization.Kind;
        (ActsForPrincipal, PrincipalOrganizationId) = PrincipalOf(organization, contractingPrincipal);
        Name = name.Trim();
        Kind = kind;
        HsaId = hsaId;
        InvitationMailbox = invitationMailbox;
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>Copied from the organisation so that rules about principals need no extra lookup;
    /// an organisation never changes kind.</summary>
    public OrganizationKind OrganizationKind { get; private set; }

    /// <summary>
    /// The principal whose unit this counts as in a plan (rule 23): its own organisation's kind for a
    /// kommun or region unit, the contracting principal's for a private provider ("Skyldigheten omfattar
    /// även privata vårdgivare"), none for another actor. Copied like <see cref="OrganizationKind"/>.
    /// </summary>
    public OrganizationKind? ActsForPrincipal { get; private set; }

    /// <summary>The kommun or region this unit acts for: its own organisation, or the contracting principal.</summary>
    public Guid? PrincipalOrganizationId { get; private set; }

    public string Name { get; private set; }

    public UnitKind Kind { get; private set; }

    /// <summary>HSA-id in the national health directory, for region units.</summary>
    public string? HsaId { get; private set; }

    /// <summary>Functional mailbox that receives SIP invitations.</summary>
    public string? InvitationMailbox { get; private set; }

    public bool IsActive { get; private set; } = true;

    public bool BelongsToPrincipal => OrganizationKind is OrganizationKind.Municipality or OrganizationKind.Region;

    /// <summary>Rule 10: any employee of either principal, or of a provider under contract, can initiate.</summary>
    public bool MayInitiateSip => BelongsToPrincipal || OrganizationKind == OrganizationKind.ContractedProvider;

    /// <summary>The principal the unit counts as in a plan's rules, or its own kind for another actor.</summary>
    public OrganizationKind CountsAs => ActsForPrincipal ?? OrganizationKind;

    /// <summary>A unit of a private provider under contract: it acts for its principal but is not the principal itself.</summary>
    public bool IsContractedProvider => OrganizationKind == OrganizationKind.ContractedProvider;

    /// <summary>Both units act for the same kommun or region (a kallelse may be forwarded between them, rule 7b).</summary>
    public bool ActsForSamePrincipalAs(OrganizationUnit other) =>
        other is not null && PrincipalOrganizationId is { } mine && mine == other.PrincipalOrganizationId;

    public void Deactivate() => IsActive = false;

    /// <summary>
    /// The administrator corrects the unit. Its organisation never changes: plans and insatser
    /// recorded the principal they were made under.
    /// </summary>
    public void Change(string name, UnitKind kind, string? hsaId, string? invitationMailbox, bool isActive)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("unit.name-required", "Enheten måste ha ett namn.");
        }

        Name = name.Trim();
        Kind = kind;
        HsaId = hsaId;
        InvitationMailbox = invitationMailbox;
        IsActive = isActive;
    }

    private static (OrganizationKind?, Guid?) PrincipalOf(Organization organization, Organization? contractingPrincipal)
    {
        if (organization.IsPrincipal)
        {
            return (organization.Kind, organization.Id);
        }

        if (organization.Kind != OrganizationKind.ContractedProvider)
        {
            return (null, null);
        }

        if (contractingPrincipal is not { IsPrincipal: true } || contractingPrincipal.Id != organization.ContractingPrincipalId)
        {
            throw new DomainException(
                "unit.contracting-principal-required",
                "En privat utförares enhet måste ange den kommun eller region som utföraren har avtal med.");
        }

        return (contractingPrincipal.Kind, contractingPrincipal.Id);
    }
}
