using Sip.Domain.Common;

namespace Sip.Domain.Organizations;

/// <summary>A legal organisation, e.g. Östersunds kommun or Region Jämtland Härjedalen. Consent
/// scope is expressed in organisations, because sekretess applies between them.</summary>
public sealed class Organization
{
    private Organization()
    {
        Name = string.Empty;
    }

    public Organization(Guid id, string name, OrganizationKind kind, string? organizationNumber = null, Guid? contractingPrincipalId = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("organization.name-required", "Organisationen måste ha ett namn.");
        }

        if (kind == OrganizationKind.ContractedProvider && contractingPrincipalId is null)
        {
            throw new DomainException(
                "organization.contracting-principal-required", "En privat utförare måste ha en uppdragsgivande huvudman.");
        }

        Id = id;
        Name = name.Trim();
        Kind = kind;
        OrganizationNumber = organizationNumber;
        ContractingPrincipalId = contractingPrincipalId;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public OrganizationKind Kind { get; private set; }

    /// <summary>Organisationsnummer, e.g. 212000-2627.</summary>
    public string? OrganizationNumber { get; private set; }

    public Guid? ContractingPrincipalId { get; private set; }

    /// <summary>A principal (huvudman) is obliged to take part in a SIP and cannot decline (rule 7).</summary>
    public bool IsPrincipal => Kind is OrganizationKind.Municipality or OrganizationKind.Region;
}
