namespace Sip.Domain.Plans;

/// <summary>
/// What a god man, förvaltare or ombud may do for the person (rule 25): <see cref="CoversConsent"/> is whether the decision
/// covers "sörja för person", or the fullmakt consent to the SIP. An ombud's fullmakt is valid until a day.
/// </summary>
/// <param name="Scope">The mandate as the decision or fullmakt words it.</param>
public sealed record RepresentativeMandate(string Scope, bool CoversConsent, DateOnly? ValidUntil)
{
    /// <summary>Whether consent given or withdrawn on <paramref name="day"/> lies within the mandate.</summary>
    public bool IsValidOn(DateOnly day) => ValidUntil is null || day <= ValidUntil;
}
