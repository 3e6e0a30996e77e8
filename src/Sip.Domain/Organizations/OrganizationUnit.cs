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

    public OrganizationUnit(Guid id, Organization organization, string name, UnitKind kind, string? hsaId, string? invitationMailbox)
    {
        ArgumentNullException.ThrowIfNull(organization);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("unit.name-required", "Enheten måste ha ett namn.");
        }

        Id = id;
        OrganizationId = organization.Id;
        OrganizationKind = organization.Kind;
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
}
