using Hl7.Fhir.Model;
using Sip.Application.Features.Plans;
using Sip.Domain.Organizations;
using FhirOrganization = Hl7.Fhir.Model.Organization;

namespace Sip.Web.Fhir;

/// <summary>
/// Every organisation and unit the plan names, as Organization: a unit is partOf its organisation
/// (the principal, a contracted provider or another actor), which is how a receiver tells which
/// principal an insats belongs to.
/// </summary>
internal static class DirectoryResources
{
    public static void AddTo(BundleEntries entries, PlanExport plan)
    {
        foreach (var organization in plan.Organizations)
        {
            var resource = new FhirOrganization
            {
                Active = true,
                Name = organization.Name,
                Type =
                [
                    Kind(
                        OrganizationType(organization.Kind),
                        new Coding(FhirSystems.OrganizationKind, FhirSystems.CodeOf(organization.Kind))),
                ],
            };
            if (!string.IsNullOrWhiteSpace(organization.OrganizationNumber))
            {
                resource.Identifier.Add(new Identifier(FhirSystems.OrganizationNumber, organization.OrganizationNumber));
            }

            entries.Add(organization.Id, resource, organization.Name);
        }

        foreach (var unit in plan.Units)
        {
            var resource = new FhirOrganization
            {
                Active = true,
                Name = unit.Name,
                Type = [Kind("dept", new Coding(FhirSystems.UnitKind, FhirSystems.CodeOf(unit.Kind)))],
                PartOf = entries.Contains(unit.OrganizationId)
                    ? entries.Reference(unit.OrganizationId, plan.Organization(unit.OrganizationId)?.Name)
                    : null,
            };
            if (!string.IsNullOrWhiteSpace(unit.HsaId))
            {
                resource.Identifier.Add(new Identifier(FhirSystems.HsaId, unit.HsaId));
            }

            entries.Add(unit.Id, resource, unit.Name);
        }
    }

    /// <summary>HL7's organisation type for a receiver that knows nothing of SIP, and SIP's own kind beside it.</summary>
    private static CodeableConcept Kind(string hl7Code, Coding sipKind) => new()
    {
        Coding = [new Coding(FhirSystems.OrganizationType, hl7Code), sipKind],
    };

    private static string OrganizationType(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Municipality or OrganizationKind.Region => "govt",
        OrganizationKind.ContractedProvider => "prov",
        _ => "other",
    };
}
