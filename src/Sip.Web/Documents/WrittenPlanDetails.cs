using System.Globalization;
using Sip.Application.Features.Plans;
using Sip.Domain.Plans;

namespace Sip.Web.Documents;

/// <summary> The written plan's parts on what the December rules added, in the person's plain Swedish: the need of a tolk or other support
/// (rule 25), who acts for the person and within what mandate (rule 25), and the placement with its legal basis, motive, care content, the
/// region's choice for the medical part and the LVM checklist (rules 26b and 27). Always Swedish, like the rest of the document. </summary>
internal static class WrittenPlanDetails
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>A god man, förvaltare or ombud by name and capacity, with the mandate; an ombud's fullmakt with its last day.</summary>
    public static string Representative(WrittenPlan.ParticipantLine participant)
    {
        var capacity = participant.Kind switch
        {
            ParticipantKind.GodMan => "god man",
            ParticipantKind.Forvaltare => "förvaltare",
            _ => "ombud",
        };
        if (participant.Mandate is not { } mandate)
        {
            return $"{participant.Name} – {capacity}";
        }

        var what = participant.Kind == ParticipantKind.Ombud ? "fullmakt" : "uppdrag";
        var until = mandate.ValidUntil is { } last ? $", gäller till och med {Date(last)}" : string.Empty;
        return $"{participant.Name} – {capacity} ({what}: {mandate.Scope}{until})";
    }

    public static void Communication(TaggedPages pages, WrittenPlan plan)
    {
        if (plan.Communication is not { } need)
        {
            return;
        }

        pages.Heading(2, "Tolk och stöd för att du ska kunna vara med");
        var lines = new List<string>();
        if (need.InterpreterNeeded)
        {
            lines.Add($"Tolk: {need.Language}. En tolk bokas till mötena.");
        }
        else if (need.Language is { } language)
        {
            lines.Add($"Ditt språk: {language}.");
        }

        if (need.OtherSupport is { } support)
        {
            lines.Add($"Annat stöd: {support}.");
        }

        pages.List(lines.Select(l => new ListItem(l)));
    }

    public static void Placement(TaggedPages pages, WrittenPlan plan)
    {
        if (plan.Placement is not { } placement)
        {
            return;
        }

        pages.Heading(2, "Din placering");
        var basis = placement.LegalBasis is { } law ? $" enligt {Law(law)}" : string.Empty;
        pages.Paragraph(
            $"Beslutet om placeringen fattades {Date(placement.DecidedOn)}{basis}. Placeringen började {Date(placement.StartedOn)}.");
        var gallrad = plan.RedactedAt is not null;
        var items = new List<string>
        {
            $"Skäl till placeringen: {Motive(placement, gallrad)}",
            $"Vård och behandling: {placement.CareContent ?? (gallrad ? "Gallrat." : "Ej angivet.")}",
            $"Hälso- och sjukvård under placeringen: {MedicalCare(placement.MedicalCare)}",
        };
        if (placement.LegalBasis == PlacementLegalBasis.Lvm)
        {
            items.Add(placement.LvmNotifiedOn is { } notified
                ? $"Anmälan enligt 6 § LVM: gjord {Date(notified)} av {placement.LvmNotifiedBy}."
                : "Anmälan enligt 6 § LVM: inte registrerad ännu.");
            items.Add(placement.LvmCertificateWrittenAt is { } where
                ? $"Läkarintyget skrivs vid: {where}."
                : "Läkarintyget: det är inte bestämt ännu var det skrivs.");
        }

        pages.List(items.Select(i => new ListItem(i)));
    }

    private static string Law(PlacementLegalBasis basis) => basis switch
    {
        PlacementLegalBasis.Sol => "socialtjänstlagen (SoL)",
        PlacementLegalBasis.Lvm => "lagen om vård av missbrukare i vissa fall (LVM)",
        PlacementLegalBasis.Lvu => "lagen med särskilda bestämmelser om vård av unga (LVU)",
        _ => "lagen med särskilda bestämmelser om vård av unga (LVU 3 §, för dig som är 18 eller 19 år)",
    };

    private static string Motive(PlanSnapshot.PlacementLine placement, bool gallrad) => placement.Motive switch
    {
        PlacementMotive.SubstanceUse => "missbruk eller beroende.",
        PlacementMotive.CoOccurringMentalIllness => "missbruk eller beroende tillsammans med psykisk ohälsa.",
        PlacementMotive.Gambling => "spelberoende.",
        PlacementMotive.OwnBehaviour => "eget destruktivt beteende.",
        PlacementMotive.Other => placement.MotiveText is { } text ? $"{text}." : gallrad ? "Gallrat." : "annat.",
        _ => "ej angivet.",
    };

    private static string MedicalCare(MedicalCareChoice? choice) => choice switch
    {
        MedicalCareChoice.RemissToHostRegion => "du får en remiss till regionen där boendet ligger.",
        MedicalCareChoice.OwnCare => "regionen ger vården själv.",
        MedicalCareChoice.CareAtHome => "vården ges på boendet.",
        _ => "regionen har inte bestämt ännu hur den ges.",
    };

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Swedish);
}
