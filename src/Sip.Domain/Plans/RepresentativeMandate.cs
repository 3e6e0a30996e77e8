namespace Sip.Domain.Plans;

/// <summary>
/// What a god man, förvaltare or ombud may do for the person (rule 25). For a god man or förvaltare
/// <see cref="CoversConsent"/> is whether the court's decision includes "sörja för person"; for an
/// ombud, whether the fullmakt covers consent to the SIP. An ombud's fullmakt is valid until a day.
/// </summary>
/// <param name="Scope">The mandate as the decision or fullmakt words it.</param>
public sealed record RepresentativeMandate(string Scope, bool CoversConsent, DateOnly? ValidUntil)
{
    /// <summary>Whether consent given or withdrawn on <paramref name="day"/> lies within the mandate.</summary>
    public bool IsValidOn(DateOnly day) => ValidUntil is null || day <= ValidUntil;
}
