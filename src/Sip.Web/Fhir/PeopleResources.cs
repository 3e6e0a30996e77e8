using System.Globalization;
using Hl7.Fhir.Model;
using Sip.Application.Features.Plans;
using Sip.Domain.Plans;
using Sip.Web.Components;
using static Sip.Web.Text;

namespace Sip.Web.Fhir;

/// <summary>The person as Patient, närstående and vårdnadshavare as RelatedPerson, and everyone taking part as the CareTeam.</summary>
internal static class PeopleResources
{
    /// <summary>Returns the reference to the Patient, which every other resource points at.</summary>
    public static ResourceReference AddPatient(BundleEntries entries, PlanExport plan)
    {
        var person = plan.Person;
        var patient = new Patient();
        if (person.IdentityNumber is { } number)
        {
            var numberSystem = person.IsCoordinationNumber ? FhirSystems.Samordningsnummer : FhirSystems.Personnummer;
            patient.Identifier.Add(new Identifier(numberSystem, number) { Use = Identifier.IdentifierUse.Official });
        }
        else if (person is { ReserveNumber: { } reserve, ReserveNumberSystem: { } system })
        {
            // A reservnummer is the region's own and temporary: under the region's system, use=temp, and
            // typed as a local reserve identity so that a receiver never takes it for a personnummer.
            patient.Identifier.Add(new Identifier(system, reserve)
            {
                Use = Identifier.IdentifierUse.Temp,
                Type = new CodeableConcept(FhirSystems.IdentifierType, "reservnummer", "Reservnummer") { Text = "Reservnummer" },
            });
        }

        // Under skyddad identitet only the initiating unit gets the name (PlanExport leaves it out
        // for the rest), and the label tells the receiving system to keep the record restricted too.
        if (person.Name is { } name)
        {
            patient.Name.Add(new HumanName { Use = HumanName.NameUse.Official, Text = name });
        }

        if (person.HasProtectedIdentity)
        {
            patient.Meta = new Meta { Security = [new Coding(FhirSystems.Confidentiality, "R", "restricted")] };
        }

        if (person.BirthDate is { } born)
        {
            patient.BirthDateElement = new Date(born.Year, born.Month, born.Day);
        }

        FhirLanguages.AddCommunication(patient, plan.Communication);
        var self = plan.Participants.FirstOrDefault(p => p.Kind == ParticipantKind.Person);
        return self is null ? entries.Add("patient", patient, person.Name) : entries.Add(self.Id, patient, person.Name);
    }

    /// <summary>
    /// Everyone taking part by name: närstående, vårdnadshavare, and (rule 25) a god man, förvaltare or ombud, whose
    /// mandate's last day ends the relation's period, a stödperson or a tolk.
    /// </summary>
    public static void AddRelatedPeople(BundleEntries entries, PlanExport plan, ResourceReference patient)
    {
        foreach (var participant in plan.Participants.Where(p => p.Kind.IsByName()))
        {
            var related = new RelatedPerson
            {
                Active = participant.TakesPart,
                Patient = patient,
                Name = [new HumanName { Text = participant.DisplayName }],
                Relationship = [Relationship(participant)],
                Period = participant.MandateValidUntil is { } last
                    ? new Period { End = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
                    : null,
            };
            entries.Add(participant.Id, related, participant.DisplayName);
        }
    }

    /// <summary>
    /// Rule 24 (HSL 5 kap. 7 §): each child in the household as a RelatedPerson without a name, so that the receiving
    /// journal sees the children whose need of information, advice and support health care must consider.
    /// </summary>
    public static void AddChildren(BundleEntries entries, PlanExport plan, ResourceReference patient)
    {
        foreach (var child in plan.Children ?? [])
        {
            var lives = Glossary.Of(child.LivesWith);
            var custody = Glossary.Of(child.Custody);
            var age = child.AgeYears is { } years ? T("{0} år", years) : T("född {0}", child.BirthYear);
            var related = new RelatedPerson
            {
                Active = true,
                Patient = patient,
                BirthDateElement = child.BirthYear is { } year ? new Date(year) : null,
                Relationship =
                [
                    new CodeableConcept(FhirSystems.RoleCode, "CHILD", "child", $"{T("Barn")}, {age}"),
                    new CodeableConcept(FhirSystems.ChildLivesWith, FhirSystems.CodeOf(child.LivesWith), lives, lives),
                    new CodeableConcept(FhirSystems.ChildCustody, FhirSystems.CodeOf(child.Custody), custody, custody),
                ],
            };
            entries.Add(child.Id, related, $"{T("Barn")}, {age}");
        }
    }

    /// <summary>
    /// Everyone invited and not declined. Each participant's role says what they are in the SIP,
    /// and the coordinating units carry a second role: the one that started the plan and the one
    /// holding the overall responsibility; an unanswered invitation carries a third.
    /// </summary>
    public static ResourceReference AddCareTeam(BundleEntries entries, PlanExport plan, ResourceReference patient)
    {
        var team = new CareTeam
        {
            Status = FhirStatuses.OfCareTeam(plan.Status),
            Name = $"SIP {plan.ReferenceNumber}",
            Subject = patient,
            ManagingOrganization = [entries.Reference(plan.OverallResponsibleUnitId ?? plan.InitiatingUnitId)],
        };
        foreach (var participant in plan.Participants.Where(p => p.TakesPart))
        {
            var member = participant.Kind == ParticipantKind.Person ? patient
                : participant.UnitId is { } unitId ? entries.Reference(unitId, participant.DisplayName)
                : entries.Reference(participant.Id, participant.DisplayName);
            var roles = new List<CodeableConcept> { Role(FhirSystems.CodeOf(participant.Kind)) };
            if (participant.UnitId == plan.InitiatingUnitId)
            {
                roles.Add(Role("initiating-unit"));
            }

            if (participant.UnitId is not null && participant.UnitId == plan.OverallResponsibleUnitId)
            {
                roles.Add(Role("overall-responsible"));
            }

            if (participant.State == InvitationState.Invited)
            {
                roles.Add(Role("invitation-pending"));
            }

            team.Participant.Add(new CareTeam.ParticipantComponent { Role = roles, Member = member });
        }

        // Rule 29: the fast vårdkontakt is a Practitioner of SIP's own (a name, no directory id) in a role at the
        // region's unit, which carries their telephone.
        if (plan.FastCareContact is { } contact)
        {
            var practitioner = entries.Add(
                "fast-care-contact", new Practitioner { Active = true, Name = [new HumanName { Text = contact.Name }] }, contact.Name);
            var role = new PractitionerRole
            {
                Active = true,
                Practitioner = practitioner,
                Organization = entries.Reference(contact.UnitId),
                Code = [Role("fast-care-contact")],
                Telecom = contact.Telephone is { } telephone
                    ? [new ContactPoint(ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Work, telephone)]
                    : [],
            };
            team.Participant.Add(new CareTeam.ParticipantComponent
            {
                Role = [Role("fast-care-contact")],
                Member = entries.Add("fast-care-contact-role", role, contact.Name),
            });
        }

        return entries.Add("care-team", team, team.Name);
    }

    private static CodeableConcept Role(string code) => new(FhirSystems.ParticipantRole, code);

    /// <summary>
    /// HL7's contact role for a receiver that knows nothing of SIP, SIP's own role, and the relation in the person's
    /// words. A god man or förvaltare is HL7's guardian of a ward, an ombud its power of attorney (rule 25).
    /// </summary>
    private static CodeableConcept Relationship(PlanExport.ParticipantItem participant) => new()
    {
        Coding =
        [
            participant.Kind switch
            {
                ParticipantKind.NextOfKin => new Coding(FhirSystems.ContactRole, "N", "Next-of-Kin"),
                ParticipantKind.GodMan or ParticipantKind.Forvaltare => new Coding(FhirSystems.RoleCode, "GUARD", "guardian"),
                ParticipantKind.Ombud => new Coding(FhirSystems.RoleCode, "POWATT", "power of attorney"),
                _ => new Coding(FhirSystems.ContactRole, "O", "Other"),
            },
            new Coding(FhirSystems.ParticipantRole, FhirSystems.CodeOf(participant.Kind)),
        ],
        Text = participant.Kind switch
        {
            ParticipantKind.GodMan => "god man",
            ParticipantKind.Forvaltare => "förvaltare",
            ParticipantKind.Ombud => participant.MandateScope is { } scope ? $"ombud: {scope}" : "ombud",
            ParticipantKind.SupportPerson => "stödperson",
            ParticipantKind.Interpreter => "tolk",
            _ => participant.Relationship ?? (participant.Kind == ParticipantKind.Guardian ? "vårdnadshavare" : "närstående"),
        },
    };
}
