namespace Sip.Domain.Organizations;

/// <summary>What an organisation is in the SIP: one of the two principals (huvudmän), a private
/// provider working under contract for one of them, or another actor that may be invited.</summary>
public enum OrganizationKind
{
    /// <summary>Kommun: social services and municipal health care.</summary>
    Municipality,

    /// <summary>Region: health and medical care.</summary>
    Region,

    /// <summary>A private provider under contract with a municipality or region; its staff share
    /// the duty to initiate a SIP (000 ~287–293).</summary>
    ContractedProvider,

    /// <summary>Arbetsförmedlingen, Försäkringskassan, Kriminalvården, school, HVB, user organisations.</summary>
    OtherActor,
}
