using System.Globalization;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using Sip.Application.Features.Plans;
using Sip.Domain.Actions;
using Sip.Domain.Calendar;
using Sip.Domain.Organizations;
using Sip.Domain.Plans;

namespace Sip.Web.Documents;

/// <summary>The written plan as the person receives it (rule 16): plain Swedish addressed to them, in the order they would ask.
/// Always Swedish, whatever the reader's UI language: it is the document handed to the person.</summary>
internal static partial class WrittenPlanPdf
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static byte[] Render(WrittenPlan plan, string fontFamily)
    {
        ArgumentNullException.ThrowIfNull(plan);
        using var document = new PdfDocument();
        var title = $"Samordnad individuell plan {plan.ReferenceNumber}, version {plan.Number}";
        document.Info.Title = title;
        document.Info.Subject = "Skriftlig plan (SIP)";
        document.Info.Creator = "SIP – samordnad individuell plan";
        var accessibility = UAManager.ForDocument(document);
        accessibility.SetDocumentLanguage("sv-SE");
        document.ViewerPreferences.DisplayDocTitle = true;

        using (var pages = new TaggedPages(document, fontFamily, $"{plan.ReferenceNumber} · version {plan.Number}"))
        {
            Introduction(pages, plan);
            Participants(pages, plan);
            WrittenPlanDetails.Communication(pages, plan);
            GoalsAndNeeds(pages, plan);
            Actions(pages, plan);
            Responsibility(pages, plan);
            CareContact(pages, plan);
            WrittenPlanDetails.Placement(pages, plan);
            WrittenPlanChildren.Write(pages, plan);
            FollowUp(pages, plan);
            Consent(pages, plan);
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>Whom the plan is for, by personnummer, or by reservnummer and birth date when the person has none.</summary>
    private static string Subject(WrittenPlan plan) => plan switch
    {
        { PersonalIdentityNumber: { } number } => $"Planen gäller {plan.PersonName}, personnummer {number}.",
        { ReserveNumber: { } reserve, BirthDate: { } born } =>
            $"Planen gäller {plan.PersonName}, född {Date(born)}, reservnummer {reserve}. Personen saknar personnummer.",
        { BirthDate: { } born } => $"Planen gäller {plan.PersonName}, född {Date(born)}. Personen saknar personnummer och reservnummer.",
        _ => $"Planen gäller {plan.PersonName}.",
    };

    private static void Introduction(TaggedPages pages, WrittenPlan plan)
    {
        pages.Heading(1, "Din samordnade individuella plan (SIP)");
        pages.Paragraph(Subject(plan), bold: true);
        pages.Paragraph($"{plan.ReferenceNumber}, version {plan.Number}, fastställd {Date(plan.EstablishedAt)}.");
        if (plan.Number < plan.LatestNumber)
        {
            pages.Paragraph($"Det finns en nyare version av planen (version {plan.LatestNumber}). Det är den som gäller nu.");
        }

        if (plan.RedactedAt is { } redacted)
        {
            pages.Paragraph($"Den här versionen är gallrad {Date(redacted)}. Det som stod om dig – dina mål, dina behov, namn och " +
                "vad som skrevs om varje insats – är borttaget. Kvar finns vilka enheter som deltog, vilka insatser som planerades " +
                "och när.", bold: true);
        }

        pages.Heading(2, "Det här är din plan");
        pages.Paragraph("En samordnad individuell plan, SIP, gör kommunen och regionen tillsammans med dig när du behöver hjälp " +
            "från båda. Här står vad du vill uppnå, vad du behöver hjälp med, vem som gör vad och när, och vem som håller ihop " +
            "planen.");
        pages.Paragraph($"Varför planen behövs: {plan.Reason}");
        pages.Paragraph(plan.PersonParticipated
            ? "Du var med när planen gjordes."
            : $"Du var inte med när planen gjordes. Skälet var: {plan.PersonAbsenceReason}");
        pages.Paragraph($"Du godkände planen {Date(plan.PersonApprovedAt)}. Planen får inte ändras utan att du godkänner det, och du " +
            "kan när som helst avsluta den.");
    }

    private static void Participants(TaggedPages pages, WrittenPlan plan)
    {
        pages.Heading(2, "Vilka som deltar");
        pages.List(plan.Participants.Select(p => new ListItem(Participant(p))));
    }

    private static string Participant(WrittenPlan.ParticipantLine participant)
    {
        var who = participant.Kind switch
        {
            ParticipantKind.Person => $"{participant.Name} – du som planen gäller",
            ParticipantKind.NextOfKin => $"{participant.Name} – närstående",
            ParticipantKind.Guardian => $"{participant.Name} – vårdnadshavare",
            ParticipantKind.GodMan or ParticipantKind.Forvaltare or ParticipantKind.Ombud => WrittenPlanDetails.Representative(participant),
            ParticipantKind.SupportPerson => $"{participant.Name} – stödperson",
            ParticipantKind.Interpreter => $"{participant.Name} – tolk",
            _ when participant.Unit is { } unit => Unit(unit),
            _ => participant.Name,
        };
        return participant.State switch
        {
            InvitationState.Declined => $"{who} (har tackat nej)",
            InvitationState.Invited when participant.Unit is not null => $"{who} (har inte svarat ännu)",
            _ => who,
        };
    }

    private static void GoalsAndNeeds(TaggedPages pages, WrittenPlan plan)
    {
        pages.Heading(2, "Dina mål – med dina egna ord");
        pages.Paragraph(plan.PersonGoals is { } goals ? $"”{goals}”" : plan.RedactedAt is null
            ? "Inga mål skrevs ner i den här versionen." : "Gallrat.");

        pages.Heading(2, "Det här behöver du hjälp med");
        if (plan.Needs.Count == 0)
        {
            pages.Paragraph(plan.RedactedAt is null ? "Inga behov skrevs ner i den här versionen." : "Gallrat.");
        }
        else
        {
            pages.List(plan.Needs.Select(n => new ListItem(n)));
        }
    }

    private static void Actions(TaggedPages pages, WrittenPlan plan)
    {
        pages.Heading(2, "Det här gör vi");
        pages.Paragraph("Kommunen och regionen ansvarar var för sig för sina insatser. Under varje insats står vilken enhet som gör " +
            "den och när.");
        foreach (var (principal, name) in new[] { (ResponsiblePrincipal.Municipality, "Kommunen"),
            (ResponsiblePrincipal.Region, "Regionen") })
        {
            var actions = plan.Actions.Where(a => a.Principal == principal).ToList();
            var organizations = string.Join(", ", actions.Select(a => a.Unit.OrganizationName).Distinct());
            pages.Heading(3, actions.Count == 0 ? name : $"{name} ({organizations})");
            if (actions.Count == 0)
            {
                pages.Paragraph($"{name} har inga egna insatser i den här versionen.");
            }
            else
            {
                pages.List(actions.Select(Action));
            }
        }

        pages.Heading(2, "Det här gör andra");
        var others = plan.Actions.Where(a => a.Principal is not (ResponsiblePrincipal.Municipality or ResponsiblePrincipal.Region))
            .ToList();
        if (others.Count == 0)
        {
            pages.Paragraph("Ingen annan än kommunen och regionen har insatser i planen.");
        }
        else
        {
            pages.Paragraph("De här insatserna görs av andra än kommunen och regionen.");
            pages.List(others.Select(Action));
        }
    }

    private static ListItem Action(WrittenPlan.ActionLine action) => new(
        action.TypeName,
        [
            $"Vad: {action.Description}",
            $"Vem: {Unit(action.Unit)}",
            $"När: {When(action.StartOn, action.DueOn)}",
            $"Läge: {Status(action.Status)}",
        ]);

    private static string Unit(WrittenPlan.UnitLine unit) => $"{unit.Name}, {unit.OrganizationName}";

    private static string When(DateOnly? start, DateOnly? due) => (start, due) switch
    {
        ({ } s, { } d) => $"från {Date(s)} till {Date(d)}",
        ({ } s, null) => $"från {Date(s)}",
        (null, { } d) => $"senast {Date(d)}",
        _ => "inte bestämt",
    };

    private static string Status(ActionStatus status) => status switch
    {
        ActionStatus.Proposed => "föreslagen",
        ActionStatus.Accepted => "bestämd",
        ActionStatus.Ongoing => "pågår",
        ActionStatus.Completed => "klar",
        ActionStatus.Discontinued => "avbruten",
        ActionStatus.Rejected => "blev inte av",
        _ => status.ToString(),
    };

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Swedish);

    private static string Date(DateTimeOffset instant) => Date(SwedishTime.Today(instant));
}
