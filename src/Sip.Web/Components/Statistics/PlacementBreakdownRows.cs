using Sip.Application.Features.Statistics;
using Sip.Domain.Plans;
using static Sip.Web.Text;

namespace Sip.Web.Components.Statistics;

/// <summary> Rule 32: the yearly follow-up's placements by legal basis and by motive, in the same words on the page and in the export.
/// </summary>
internal static class PlacementBreakdownRows
{
    public static IReadOnlyList<(string Label, int Count)> Of(PlacementBreakdown? breakdown)
    {
        var b = breakdown ?? new PlacementBreakdown();
        return
        [
            (T("enligt {0}", Glossary.Of(PlacementLegalBasis.Sol)), b.Sol),
            (T("enligt {0}", Glossary.Of(PlacementLegalBasis.Lvm)), b.Lvm),
            (T("enligt {0}", Glossary.Of(PlacementLegalBasis.Lvu)), b.Lvu),
            (T("enligt {0}", Glossary.Of(PlacementLegalBasis.LvuYoungAdult)), b.LvuYoungAdult),
            (T("lagrum ej angivet"), b.BasisNotStated),
            (T("motiv: {0}", Glossary.Of(PlacementMotive.SubstanceUse)), b.SubstanceUse),
            (T("motiv: {0}", Glossary.Of(PlacementMotive.CoOccurringMentalIllness)), b.CoOccurringMentalIllness),
            (T("motiv: {0}", Glossary.Of(PlacementMotive.Gambling)), b.Gambling),
            (T("motiv: {0}", Glossary.Of(PlacementMotive.OwnBehaviour)), b.OwnBehaviour),
            (T("motiv: {0}", Glossary.Of(PlacementMotive.Other)), b.OtherMotive),
            (T("motiv ej angivet"), b.MotiveNotStated),
        ];
    }
}
