namespace Sip.Domain.People;

/// <summary>How the person the plan is for is identified.</summary>
public enum IdentityKind
{
    /// <summary>Personnummer (folkbokföringslagen 18 §) or samordningsnummer (18 a §).</summary>
    PersonalIdentityNumber,

    /// <summary>The region's reservnummer: no law, the region's own format.</summary>
    ReserveNumber,

    /// <summary>No number at all: the birth date and the name.</summary>
    None,
}
