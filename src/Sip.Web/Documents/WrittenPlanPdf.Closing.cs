using Sip.Application.Features.Plans;
using Sip.Domain.Organizations;
using Sip.Domain.Plans;

namespace Sip.Web.Documents;

/// <summary>The written plan's closing sections: who holds it together, the fast vårdkontakt, follow-up and consent.</summary>
internal static partial class WrittenPlanPdf
{
    private static void Responsibility(TaggedPages pages, WrittenPlan plan)
    {
        var unit = plan.OverallResponsible;
        pages.Heading(2, "Vem har huvudansvaret och hur når du dem");
        var principal = unit.OrganizationKind == OrganizationKind.Region ? "regionen" : "kommunen";
        pages.Paragraph($"{unit.OrganizationName} ({principal}) har huvudansvaret för planen: att den hålls ihop, att alla gör det " +
            $"som står i den och att den följs upp. Det är {unit.Name} som gör det.");
        pages.Paragraph(unit.Mailbox is { } mailbox
            ? $"Du når {unit.Name} på e-post: {mailbox}"
            : $"Kontakta {unit.Name} om du har frågor om planen.");
        pages.Paragraph("Har du frågor om en viss insats kan du också vända dig direkt till den enhet som gör insatsen.");
    }

    private static void CareContact(TaggedPages pages, WrittenPlan plan)
    {
        if (plan.FastCareContact is not { } contact)
        {
            return;
        }

        pages.Heading(2, "Din fasta vårdkontakt");
        pages.Paragraph(
            $"Din fasta vårdkontakt i vården är {contact.Name} på {contact.Unit.Name}. Hen hjälper dig att hålla ihop din vård.");
        pages.Paragraph(contact.Telephone is { } telephone
            ? $"Du når {contact.Name} på telefon {telephone}."
            : $"Du når {contact.Name} genom {contact.Unit.Name}.");
    }

    private static void FollowUp(TaggedPages pages, WrittenPlan plan)
    {
        pages.Heading(2, "Nästa uppföljning");
        pages.Paragraph($"Planen följs upp senast {Date(plan.NextFollowUpOn)}. Då går ni tillsammans igenom hur det har gått och om " +
            "något behöver ändras. Du kan be om en uppföljning tidigare.");
    }

    /// <summary>Rule 25: in what capacity a representative acted for the person, in the written plan's plain Swedish.</summary>
    private static string Representative(ParticipantKind? capacity) => capacity switch
    {
        ParticipantKind.GodMan => "din gode man",
        ParticipantKind.Forvaltare => "din förvaltare",
        _ => "ditt ombud",
    };

    private static void Consent(TaggedPages pages, WrittenPlan plan)
    {
        pages.Heading(2, "Ditt samtycke");
        if (plan.Consent is not { } consent)
        {
            pages.Paragraph("Uppgifterna om samtycket finns inte längre kvar.");
            return;
        }

        var form = consent.Form == ConsentForm.Written ? "skriftligt" : "muntligt";
        var given = Date(consent.GivenAt);
        pages.Paragraph(consent.GivenBy switch
        {
            ConsentGiver.Guardians =>
                $"Dina vårdnadshavare{(consent.GuardianNames is { } names ? $", {names}," : "")} gav sitt samtycke {form} {given}.",
            ConsentGiver.Representative =>
                $"{consent.RepresentativeName}, {Representative(consent.RepresentativeCapacity)}, gav samtycket för dig {form} {given}.",
            _ => $"Du gav ditt samtycke {form} {given}.",
        });
        pages.Paragraph("Samtycket betyder att de här organisationerna får dela uppgifter om dig med varandra för att göra planen:");
        pages.List(consent.ScopeOrganizationNames.Select(n => new ListItem(n)));
        pages.Paragraph(consent.NextOfKinMayTakePart
            ? "Dina närstående får vara med i arbetet med planen om du vill."
            : "Du har sagt att dina närstående inte ska vara med i arbetet med planen.");
        if (consent.ChildsView is { } view)
        {
            pages.Paragraph($"Det här tycker du själv: ”{view}”");
        }

        pages.Paragraph(consent.WithdrawnAt is { } withdrawn
            ? $"Samtycket togs tillbaka {Date(withdrawn)}. Från den dagen delas inga uppgifter längre."
            : "Du kan när som helst ta tillbaka ditt samtycke. Då slutar uppgifterna att delas.");
    }
}
