using Sip.Domain.Plans;

using static Sip.Web.Text;

namespace Sip.Web.Components;

/// <summary>Words for children in the household, actions' nature, placements and their cost allocation.</summary>
internal static partial class Glossary
{
    /// <summary>Rule 24: where a child in the household lives.</summary>
    public static string Of(ChildLivesWith livesWith) => T(livesWith switch
    {
        ChildLivesWith.ThePerson => "Hos personen",
        ChildLivesWith.OtherParent => "Hos andra föräldern",
        ChildLivesWith.Elsewhere => "Annat boende",
        _ => "Placerat",
    });

    /// <summary>Rule 24: who has custody of a child in the household.</summary>
    public static string Of(ChildCustody custody) => T(custody switch
    {
        ChildCustody.ThePerson => "Personen",
        ChildCustody.Joint => "Gemensam vårdnad",
        ChildCustody.Other => "Annan vårdnadshavare",
        _ => "Socialtjänsten",
    });

    public static string Of(ActionNature nature) => T(nature switch
    {
        ActionNature.Social => "Social",
        ActionNature.Medical => "Medicinsk",
        _ => "Inte markerad",
    });

    public static string Of(CostShareKind kind) => T(kind switch
    {
        CostShareKind.Percent => "Procent",
        CostShareKind.AmountPerDay => "Kronor per dygn",
        _ => "Kronor per månad",
    });

    public static string Of(CostAllocationState state) => T(state switch
    {
        CostAllocationState.Proposed => "Förslag",
        CostAllocationState.Agreed => "Överenskommen",
        _ => "Invändning",
    });

    public static string Of(CostDisputeGround ground) => T(ground switch
    {
        CostDisputeGround.SharesOrBasis => "Andelarna eller underlaget",
        CostDisputeGround.NeedBelongsToOtherPrincipal => "Behovet är den andra huvudmannens ansvar",
        _ => "Placeringen är redan gjord",
    });

    public static string Of(PlacementLegalBasis basis) => T(basis switch
    {
        PlacementLegalBasis.Sol => "SoL",
        PlacementLegalBasis.Lvm => "LVM",
        PlacementLegalBasis.Lvu => "LVU",
        _ => "LVU för 18–20-åringar",
    });

    public static string Of(PlacementMotive motive) => T(motive switch
    {
        PlacementMotive.SubstanceUse => "Missbruk eller beroende",
        PlacementMotive.CoOccurringMentalIllness => "Samsjuklighet med psykisk ohälsa",
        PlacementMotive.Gambling => "Spelberoende",
        PlacementMotive.OwnBehaviour => "Eget destruktivt beteende",
        _ => "Annat motiv",
    });

    public static string Of(MedicalCareChoice choice) => T(choice switch
    {
        MedicalCareChoice.RemissToHostRegion => "Remiss till regionen där boendet ligger",
        MedicalCareChoice.OwnCare => "Regionens egen vård",
        _ => "Vård på boendet",
    });

    /// <summary>A principal's share of a placement's cost, as the ansvarsförbindelse states it.</summary>
    public static string Share(CostShareKind kind, decimal share) => kind switch
    {
        CostShareKind.Percent => $"{share.ToString("0.##", Culture)} %",
        CostShareKind.AmountPerDay => T("{0} kr per dygn", share.ToString("N0", Culture)),
        _ => T("{0} kr per månad", share.ToString("N0", Culture)),
    };
}
