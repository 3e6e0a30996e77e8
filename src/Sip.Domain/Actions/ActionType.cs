using Sip.Domain.Organizations;

namespace Sip.Domain.Actions;

/// <summary>A kind of insats, with a stable code and the principal responsible for it.</summary>
public sealed record ActionType(string Code, string Name, ResponsiblePrincipal Principal)
{
    /// <summary>
    /// Whose responsibility the insats is when a unit acting for <paramref name="owner"/> owns it (rules 2, 23), or null when
    /// such a unit cannot own it; an insats offered by both principals belongs to the owning unit's.
    /// </summary>
    public ResponsiblePrincipal? PrincipalWhenOwnedBy(OrganizationKind owner) => (Principal, owner) switch
    {
        (ResponsiblePrincipal.Municipality, OrganizationKind.Municipality) => ResponsiblePrincipal.Municipality,
        (ResponsiblePrincipal.Region, OrganizationKind.Region) => ResponsiblePrincipal.Region,
        (ResponsiblePrincipal.Either, OrganizationKind.Municipality) => ResponsiblePrincipal.Municipality,
        (ResponsiblePrincipal.Either, OrganizationKind.Region) => ResponsiblePrincipal.Region,
        (ResponsiblePrincipal.Other, OrganizationKind.OtherActor) => ResponsiblePrincipal.Other,
        _ => null,
    };
}
