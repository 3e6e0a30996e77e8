namespace Sip.Domain.Plans;

/// <summary>
/// Fast vårdkontakt: the person in the region's care who holds the person's care together
/// (patientlagen 6 kap. 2 §; 002 ~989 and 003 ~1475). Named on the plan so that the person, the
/// municipality and the written plan know whom to turn to in health care.
/// </summary>
public sealed record FastCareContact
{
    // For EF Core.
    private FastCareContact()
    {
        Name = string.Empty;
    }

    internal FastCareContact(Guid unitId, string name, string? telephone, DateTimeOffset namedAt)
    {
        UnitId = unitId;
        Name = name;
        Telephone = telephone;
        NamedAt = namedAt;
    }

    /// <summary>The region's unit the contact works at, taking part in the plan.</summary>
    public Guid UnitId { get; init; }

    /// <summary>The contact's name and, where the unit gives one, their role (e.g. "Eva Berg, sjuksköterska").</summary>
    public string Name { get; init; }

    /// <summary>A direct number, when the person should not have to go through the switchboard.</summary>
    public string? Telephone { get; init; }

    public DateTimeOffset NamedAt { get; init; }
}
