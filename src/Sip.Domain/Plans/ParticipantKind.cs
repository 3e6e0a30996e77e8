namespace Sip.Domain.Plans;

public enum ParticipantKind
{
    /// <summary>Den enskilde: the person the plan is for.</summary>
    Person,

    /// <summary>Närstående: takes part only if the person does not object (rule 6).</summary>
    NextOfKin,

    /// <summary>Vårdnadshavare of a child.</summary>
    Guardian,

    /// <summary>
    /// A unit of a municipality or region, or of a provider under their contract: obliged, cannot decline
    /// (rule 7; rule 23: "Skyldigheten omfattar även privata vårdgivare").
    /// </summary>
    PrincipalUnit,

    /// <summary>Another actor (Arbetsförmedlingen, Försäkringskassan, Kriminalvården, school, HVB): may decline with a reason.</summary>
    OtherActor,
}

public enum InvitationState
{
    Invited,
    Accepted,
    Declined,

    /// <summary>Rule 7b: the summoned unit was the wrong one and passed the kallelse on within its principal; not a refusal.</summary>
    Forwarded,

    /// <summary>Rule 7b: the initiating unit took back a kallelse sent in error; not a refusal.</summary>
    Withdrawn,
}
