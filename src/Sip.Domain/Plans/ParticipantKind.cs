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

    /// <summary>
    /// Another actor (Arbetsförmedlingen, Försäkringskassan, Kriminalvården, school, HVB): may decline with a reason.
    /// </summary>
    OtherActor,

    /// <summary>God man (föräldrabalken 11 kap. 4 §): may consent for the person when the mandate covers "sörja för person".</summary>
    GodMan,

    /// <summary>Förvaltare (föräldrabalken 11 kap. 7 §): as a god man, within the court's decision.</summary>
    Forvaltare,

    /// <summary>Ombud by the person's fullmakt: may consent within its scope and while it is valid.</summary>
    Ombud,

    /// <summary>Stödperson: supports the person at meetings; never consents for them.</summary>
    SupportPerson,

    /// <summary>Tolk at the meetings.</summary>
    Interpreter,
}

public static class ParticipantKinds
{
    /// <summary>Rule 25: those who may act for the person within a mandate (god man, förvaltare, ombud).</summary>
    public static bool IsRepresentative(this ParticipantKind kind) =>
        kind is ParticipantKind.GodMan or ParticipantKind.Forvaltare or ParticipantKind.Ombud;

    /// <summary>People invited by name rather than units chosen from the directory.</summary>
    public static bool IsByName(this ParticipantKind kind) =>
        kind is not (ParticipantKind.Person or ParticipantKind.PrincipalUnit or ParticipantKind.OtherActor);
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
