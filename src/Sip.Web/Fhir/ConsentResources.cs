using Hl7.Fhir.Model;
using Sip.Application.Features.Plans;
using Sip.Domain.Plans;

namespace Sip.Web.Fhir;

/// <summary>
/// Every consent recorded in the plan, the earlier ones inactive, so a receiver sees when sharing
/// was allowed with whom. The provision permits sharing between the organisations in its scope for
/// as long as the consent stood; a nested provision says whether närstående may take part.
/// </summary>
internal static class ConsentResources
{
    public static void AddTo(BundleEntries entries, PlanExport plan, ResourceReference patient)
    {
        foreach (var consent in plan.Consents)
        {
            var active = consent.WithdrawnAt is null && consent.SupersededAt is null;
            var ended = consent.WithdrawnAt ?? consent.SupersededAt;
            var resource = new Consent
            {
                Identifier = [new Identifier(FhirSystems.Uri, $"urn:uuid:{consent.Id}")],
                Status = active ? Consent.ConsentState.Active : Consent.ConsentState.Inactive,
                Scope = new CodeableConcept(FhirSystems.ConsentScope, "patient-privacy", "Privacy Consent", null),
                Category =
                [
                    new CodeableConcept(FhirSystems.Loinc, "59284-0", "Patient Consent", "Samtycke till SIP och informationsdelning"),
                ],
                Patient = patient,
                DateTimeElement = new FhirDateTime(consent.GivenAt),
                Performer = Givers(entries, plan, consent, patient),
                Organization = [entries.Reference(plan.InitiatingUnitId)],
                PolicyRule = new CodeableConcept(
                    FhirSystems.Concepts,
                    "sol-hsl-sip",
                    "Samtycke till samordnad individuell plan (SoL 10 kap. 8–9 §§, HSL 16 kap. 4 §)",
                    null),
                Provision = new Consent.provisionComponent
                {
                    Type = Consent.ConsentProvisionType.Permit,
                    Period = new Period
                    {
                        StartElement = new FhirDateTime(consent.GivenAt),
                        EndElement = ended is { } end ? new FhirDateTime(end) : null,
                    },
                    Actor = [.. consent.ScopeOrganizationIds.Where(entries.Contains).Select(id => new Consent.provisionActorComponent
                    {
                        Role = new CodeableConcept(FhirSystems.ParticipationType, "IRCP", "information recipient", null),
                        Reference = entries.Reference(id, plan.Organization(id)?.Name),
                    })],
                    Provision =
                    [
                        new Consent.provisionComponent
                        {
                            Type = consent.NextOfKinMayTakePart ? Consent.ConsentProvisionType.Permit : Consent.ConsentProvisionType.Deny,
                            Code =
                            [
                                new CodeableConcept(FhirSystems.Concepts, "next-of-kin-participation", "Närstående deltar i SIP", null),
                            ],
                        },
                    ],
                },
            };
            entries.Add(consent.Id, resource);
        }
    }

    /// <summary>The person, the god man, förvaltare or ombud who gave it (rule 25), or for a child the guardians taking part.</summary>
    private static List<ResourceReference> Givers(
        BundleEntries entries, PlanExport plan, PlanExport.ConsentItem consent, ResourceReference patient)
    {
        if (consent.GivenBy == ConsentGiver.Person)
        {
            return [patient];
        }

        if (consent.GivenBy == ConsentGiver.Representative)
        {
            return consent.RepresentativeParticipantId is { } id && entries.Contains(id)
                ? [entries.Reference(id, plan.Participants.FirstOrDefault(p => p.Id == id)?.DisplayName)]
                : [];
        }

        return [.. plan.Participants.Where(p => p.Kind == ParticipantKind.Guardian).Select(p => entries.Reference(p.Id, p.DisplayName))];
    }
}
