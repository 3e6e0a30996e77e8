using System.Globalization;
using Sip.Application.Features.Plans;
using Sip.Domain.Plans;

namespace Sip.Web.Documents;

/// <summary>The written plan's part on the children in the household (rules 12c and 24), in the person's plain Swedish. The
/// assessment's reasoning stays with the professionals; a child's home and the social services reported to are left out under
/// skyddad identitet (<see cref="GetWrittenPlanHandler"/> has already removed them).</summary>
internal static class WrittenPlanChildren
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static void Write(TaggedPages pages, WrittenPlan plan)
    {
        if (plan.Children is not { } children)
        {
            return;
        }

        pages.Heading(2, "Barnen i din familj");
        if (children.Children.Count > 0)
        {
            pages.List(children.Children.Select(c => new ListItem(Describe(c))));
        }

        pages.Paragraph("Barn har rätt till information, råd och stöd när en förälder har en sjukdom, ett missbruk eller "
            + "andra svårigheter (hälso- och sjukvårdslagen 5 kap. 7 §).");
        switch (children.ReportMade)
        {
            case true:
                var to = children.SocialServices ?? "socialtjänsten";
                var on = children.ReportMadeOn is { } day ? $" den {day.ToString("d MMMM yyyy", Swedish)}" : string.Empty;
                pages.Paragraph($"En orosanmälan har gjorts till {to}{on}.");
                if (children.ParentAndChildInformed == true)
                {
                    pages.Paragraph("Du och barnet har fått veta att anmälan görs.");
                }

                break;
            case false:
                pages.Paragraph("Vi har bedömt om en orosanmälan till socialtjänsten behövs. Ingen orosanmälan har gjorts.");
                break;
        }
    }

    private static string Describe(PlanSnapshot.ChildLine child)
    {
        var age = child.AgeYears is { } years ? $"{years} år" : $"Född {child.BirthYear}";
        var home = child.LivesWith switch
        {
            ChildLivesWith.ThePerson => ", bor hos dig",
            ChildLivesWith.OtherParent => ", bor hos den andra föräldern",
            ChildLivesWith.Elsewhere => ", bor på annat håll",
            ChildLivesWith.Placed => ", är placerat",
            _ => string.Empty,
        };
        var custody = child.Custody switch
        {
            ChildCustody.ThePerson => "du är vårdnadshavare",
            ChildCustody.Joint => "du och den andra föräldern har gemensam vårdnad",
            ChildCustody.Other => "en annan person är vårdnadshavare",
            _ => "socialtjänsten ansvarar för vårdnaden",
        };
        return $"{age}{home}; {custody}.";
    }
}
