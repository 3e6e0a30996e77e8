using Hl7.Fhir.Model;
using Sip.Application.Features.Plans;

namespace Sip.Web.Fhir;

/// <summary>
/// Rule 25 in the export: the person's language as Patient.communication and HL7's interpreter-required extension.
/// SIP records the language in the staff's Swedish words ("arabiska"); where the word names a language with a
/// BCP-47 tag the coding carries the tag, and the words always stay as the text.
/// </summary>
internal static class FhirLanguages
{
    private static readonly Dictionary<string, string> Tags = new(StringComparer.OrdinalIgnoreCase)
    {
        ["albanska"] = "sq",
        ["amhariska"] = "am",
        ["arabiska"] = "ar",
        ["bosniska"] = "bs",
        ["dari"] = "prs",
        ["engelska"] = "en",
        ["finska"] = "fi",
        ["franska"] = "fr",
        ["kroatiska"] = "hr",
        ["kurdiska"] = "ku",
        ["kurmanji"] = "kmr",
        ["meänkieli"] = "fit",
        ["nordsamiska"] = "se",
        ["pashto"] = "ps",
        ["persiska"] = "fa",
        ["polska"] = "pl",
        ["romani"] = "rom",
        ["ryska"] = "ru",
        ["serbiska"] = "sr",
        ["somaliska"] = "so",
        ["sorani"] = "ckb",
        ["spanska"] = "es",
        ["svenska"] = "sv",
        ["svenskt teckenspråk"] = "swl",
        ["thailändska"] = "th",
        ["tigrinja"] = "ti",
        ["turkiska"] = "tr",
        ["tyska"] = "de",
        ["ukrainska"] = "uk",
        ["vietnamesiska"] = "vi",
    };

    public static void AddCommunication(Patient patient, PlanExport.CommunicationItem? need)
    {
        if (need is null)
        {
            return;
        }

        patient.Extension.Add(new Extension(FhirSystems.InterpreterRequired, new FhirBoolean(need.InterpreterNeeded)));
        if (need.Language is not { } language)
        {
            return;
        }

        var concept = new CodeableConcept { Text = language };
        if (Tags.TryGetValue(language.Trim(), out var tag))
        {
            concept.Coding.Add(new Coding(FhirSystems.Bcp47, tag));
        }

        patient.Communication.Add(new Patient.CommunicationComponent { Language = concept, Preferred = true });
    }
}
