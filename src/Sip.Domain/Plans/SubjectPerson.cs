using Sip.Domain.Common;
using Sip.Domain.People;

namespace Sip.Domain.Plans;

/// <summary>The person the plan is for (den enskilde).</summary>
public sealed record SubjectPerson
{
    private SubjectPerson()
    {
        IdentityNumber = null!;
        FullName = string.Empty;
    }

    public SubjectPerson(PersonalIdentityNumber identityNumber, string fullName, bool hasProtectedIdentity, bool childrenInHousehold)
    {
        ArgumentNullException.ThrowIfNull(identityNumber);
        if (string.IsNullOrWhiteSpace(fullName))
        {
            throw new DomainException("person.name-required", "Personens namn måste anges.");
        }

        IdentityNumber = identityNumber;
        FullName = fullName.Trim();
        HasProtectedIdentity = hasProtectedIdentity;
        ChildrenInHousehold = childrenInHousehold;
    }

    public PersonalIdentityNumber IdentityNumber { get; init; }

    public string FullName { get; init; }

    /// <summary>Skyddade personuppgifter: address and whereabouts are never shown or sent.</summary>
    public bool HasProtectedIdentity { get; init; }

    /// <summary>Rule 12c: when children live in the household, the need for an orosanmälan is assessed.</summary>
    public bool ChildrenInHousehold { get; init; }
}
