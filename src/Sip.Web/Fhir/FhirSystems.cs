namespace Sip.Web.Fhir;

/// <summary>
/// The identifier and code systems the export uses. Swedish identifiers by their registered OIDs;
/// HL7 code systems only where the code's meaning is exactly ours; everything else in SIP's own
/// code systems under one base, described in docs/fhir.md, so a receiver can map them once.
/// </summary>
internal static class FhirSystems
{
    /// <summary>Personnummer (Skatteverket).</summary>
    public const string Personnummer = "urn:oid:1.2.752.129.2.1.3.1";

    /// <summary>Samordningsnummer (Skatteverket).</summary>
    public const string Samordningsnummer = "urn:oid:1.2.752.129.2.1.3.3";

    /// <summary>HSA-id in the national health directory (Inera).</summary>
    public const string HsaId = "urn:oid:1.2.752.29.4.19";

    /// <summary>Organisationsnummer (Bolagsverket), as the X.520 organizationIdentifier.</summary>
    public const string OrganizationNumber = "urn:oid:2.5.4.97";

    /// <summary>An identifier that is itself a URI, here the urn:uuid of a plan, consent or insats.</summary>
    public const string Uri = "urn:ietf:rfc:3986";

    public const string Confidentiality = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    public const string ConsentScope = "http://terminology.hl7.org/CodeSystem/consentscope";
    public const string Loinc = "http://loinc.org";
    public const string ConditionCategory = "http://terminology.hl7.org/CodeSystem/condition-category";
    public const string ConditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    public const string OrganizationType = "http://terminology.hl7.org/CodeSystem/organization-type";
    public const string ContactRole = "http://terminology.hl7.org/CodeSystem/v2-0131";
    public const string ParticipationType = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    public const string TaskCode = "http://hl7.org/fhir/CodeSystem/task-code";
    public const string RoleCode = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";

    /// <summary>A language by its BCP-47 tag (IETF), as Patient.communication wants it.</summary>
    public const string Bcp47 = "urn:ietf:bcp:47";

    /// <summary>HL7's core extension: whether the patient needs an interpreter.</summary>
    public const string InterpreterRequired = "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired";

    /// <summary>
    /// SIP's own namespace. A URN rather than a web address because the project owns no domain that
    /// could serve the code systems; the name is stable and the codes are listed in docs/fhir.md.
    /// </summary>
    private const string Sip = "urn:sip:fhir:";

    /// <summary>The kind of a person's identifier where no national system names it: reservnummer.</summary>
    public const string IdentifierType = Sip + "CodeSystem:identifier-type";

    /// <summary>The plan's reference number, e.g. SIP-2026-000123.</summary>
    public const string PlanReference = Sip + "identifier:plan-reference";

    /// <summary>The kinds of insats in the county agreements' catalogue, by their codes (kommun.boendestod, region.laro, …).</summary>
    public const string ActionType = Sip + "CodeSystem:action-type";

    /// <summary>
    /// Who someone is in the plan: the person, närstående, vårdnadshavare, a principal's unit, another actor, and the
    /// coordinating roles.
    /// </summary>
    public const string ParticipantRole = Sip + "CodeSystem:participant-role";

    /// <summary>What an organisation is in the SIP: municipality, region, contracted provider or other actor.</summary>
    public const string OrganizationKind = Sip + "CodeSystem:organization-kind";

    /// <summary>What a unit is: socialtjänst, vårdcentral, psykiatri och beroende, kommunal hälso- och sjukvård, …</summary>
    public const string UnitKind = Sip + "CodeSystem:unit-kind";

    /// <summary>Rule 24: where a child in the household lives.</summary>
    public const string ChildLivesWith = Sip + "CodeSystem:child-lives-with";

    /// <summary>Rule 24: who has custody of a child in the household.</summary>
    public const string ChildCustody = Sip + "CodeSystem:child-custody";

    /// <summary>Rule 26b: the law a placement is decided under.</summary>
    public const string PlacementLegalBasis = Sip + "CodeSystem:placement-legal-basis";

    /// <summary>Rule 26b: the placement's motive as the county's yearly follow-up counts it.</summary>
    public const string PlacementMotive = Sip + "CodeSystem:placement-motive";

    /// <summary>Rule 26b: where the region gives the medical part of an HVB placement.</summary>
    public const string MedicalCareChoice = Sip + "CodeSystem:medical-care-choice";

    /// <summary>The care plan's category, the consent's policy and what its provisions are about.</summary>
    public const string Concepts = Sip + "CodeSystem:sip";

    /// <summary>A code in SIP's code systems is the enum member's name in kebab case: ContractedProvider is contracted-provider.</summary>
    public static string CodeOf<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var code = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                code.Append('-');
            }

            code.Append(char.ToLowerInvariant(name[i]));
        }

        return code.ToString();
    }
}
