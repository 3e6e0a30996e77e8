namespace Sip.Domain.Actions;

/// <summary>Who is responsible for an insats (domain brief §5).</summary>
public enum ResponsiblePrincipal
{
    /// <summary>Kommunen (socialtjänsten).</summary>
    Municipality,

    /// <summary>Regionen (hälso- och sjukvården).</summary>
    Region,

    /// <summary>Offered by both principals, e.g. KBT-based relapse prevention; the owning unit decides which.</summary>
    Either,

    /// <summary>Another actor: Arbetsförmedlingen, Försäkringskassan, Kriminalvården, school, HVB.</summary>
    Other,
}
