namespace Sip.Domain.Plans;

public enum ParticipantKind
{
    /// <summary>Den enskilde: the person the plan is for.</summary>
    Person,

    /// <summary>Närstående: takes part only if the person does not object (rule 6).</summary>
    NextOfKin,

    /// <summary>Vårdnadshavare of a child.</summary>
    Guardian,

    /// <summary>A unit of a municipality or region, or of a provider under their contract: obliged, cannot decline (rule 7).</summary>
    PrincipalUnit,

    /// <summary>Another actor (Arbetsförmedlingen, Försäkringskassan, Kriminalvården, school, HVB): may decline with a reason.</summary>
    OtherActor,
}

public enum InvitationState
{
    Invited,
    Accepted,
    Declined,
}
