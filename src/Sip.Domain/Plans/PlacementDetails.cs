namespace Sip.Domain.Plans;

/// <summary>Rule 26b: the law the placement is decided under (001: "Socialtjanstlagen och socialtjanstens tvangslagstiftning").</summary>
public enum PlacementLegalBasis
{
    Sol,
    Lvm,

    /// <summary>LVU 1 §: the young person is under 18 on the decision day.</summary>
    Lvu,

    /// <summary>LVU 3 § (000: "fyllt 18 men inte 20 år"): 18 or 19 on the decision day.</summary>
    LvuYoungAdult,
}

/// <summary>
/// Rule 26b: the motive of the placement as the yearly follow-up counts it (001: "Placeringar i HVB-hem
/// (volymer, motiv, samt vard och behandlingsinnehall)"). The agreements name no categories, so the list is
/// short and anything else is Other with a free text.
/// </summary>
public enum PlacementMotive
{
    SubstanceUse,
    CoOccurringMentalIllness,
    Gambling,
    OwnBehaviour,
    Other,
}

/// <summary>
/// Rule 26b: where the region gives the medical part of an HVB placement (001: "remitteras till den region
/// dar HVB-hemmet ar belaget", its own care, or "vid aktuellt HVB-hem").
/// </summary>
public enum MedicalCareChoice
{
    RemissToHostRegion,
    OwnCare,
    CareAtHome,
}
