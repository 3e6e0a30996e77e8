using Sip.Domain.Common;
using Sip.Domain.People;

namespace Sip.Domain.Plans;

/// <summary>The person the plan is for (den enskilde).</summary>
public sealed record SubjectPerson
{
    private readonly string _fullName;

    public const string BirthDateInvalidCode = "person.birth-date-invalid";

    private SubjectPerson()
    {
        _fullName = SortName = SearchName = string.Empty;
    }

    public SubjectPerson(PersonalIdentityNumber identityNumber, string fullName, bool hasProtectedIdentity, bool childrenInHousehold)
        : this(identityNumber ?? throw new ArgumentNullException(nameof(identityNumber)), null, identityNumber.DateOfBirth, fullName)
    {
        HasProtectedIdentity = hasProtectedIdentity;
        ChildrenInHousehold = childrenInHousehold;
    }

    private SubjectPerson(PersonalIdentityNumber? identityNumber, ReserveNumber? reserveNumber, DateOnly birthDate, string fullName)
    {
        if (string.IsNullOrWhiteSpace(fullName))
        {
            throw new DomainException("person.name-required", "Personens namn måste anges.");
        }

        IdentityNumber = identityNumber;
        ReserveNumber = reserveNumber;
        BirthDate = birthDate;
        _fullName = SortName = SearchName = string.Empty;
        FullName = fullName.Trim();
    }

    /// <summary>
    /// A person without personnummer or samordningsnummer: the region's reservnummer, or none at all, with the
    /// birth date and the name, which is what finds the plan again and what the age rules count from.
    /// </summary>
    public static SubjectPerson WithoutPersonalIdentityNumber(
        ReserveNumber? reserveNumber,
        DateOnly birthDate,
        string fullName,
        bool hasProtectedIdentity,
        bool childrenInHousehold,
        DateOnly today)
    {
        if (birthDate > today || birthDate.Year < today.Year - 130)
        {
            throw new DomainException(BirthDateInvalidCode, "Födelsedatumet ska ligga mellan 130 år bakåt och i dag.");
        }

        return new SubjectPerson(null, reserveNumber, birthDate, fullName)
        {
            HasProtectedIdentity = hasProtectedIdentity,
            ChildrenInHousehold = childrenInHousehold,
        };
    }

    /// <summary>The personnummer or samordningsnummer; null for a person who has neither.</summary>
    public PersonalIdentityNumber? IdentityNumber { get; init; }

    /// <summary>The region's reservnummer of a person without personnummer or samordningsnummer, when one was given.</summary>
    public ReserveNumber? ReserveNumber { get; init; }

    /// <summary>From the personnummer when there is one, else as given.</summary>
    public DateOnly BirthDate { get; init; }

    /// <summary>Which identity the plan was started with; the flag lists and the plan show.</summary>
    public IdentityKind IdentityKind => Kind(IdentityNumber is not null, ReserveNumber is not null);

    public static IdentityKind Kind(bool hasPersonalIdentityNumber, bool hasReserveNumber) =>
        hasPersonalIdentityNumber ? IdentityKind.PersonalIdentityNumber
        : hasReserveNumber ? IdentityKind.ReserveNumber
        : IdentityKind.None;

    /// <summary>Age in whole years on <paramref name="date"/>, from the birth date (the age rules count from it).</summary>
    public int AgeOn(DateOnly date)
    {
        // AddYears clamps 29 February to 28 February in common years, so a leapling turns a year
        // older on 28 February then, as PersonalIdentityNumber.AgeOn counts.
        var age = date.Year - BirthDate.Year;
        return date < BirthDate.AddYears(age) ? age - 1 : age;
    }

    /// <summary>The name as given; setting it (also through <c>with</c>, as gallring does) sets the keys below.</summary>
    public string FullName
    {
        get => _fullName;
        init
        {
            _fullName = value;
            SortName = SortNameOf(value);
            SearchName = SearchNameOf(value);
        }
    }

    /// <summary>The name surname first, as lists sort it ("Åberg Åsa"); see <see cref="SortNameOf"/>.</summary>
    public string SortName { get; private init; }

    /// <summary>The name in lower case with single spaces, as search matches it (å, ä, ö, é, ü folded like a–z).</summary>
    public string SearchName { get; private init; }

    /// <summary>Skyddade personuppgifter: address and whereabouts are never shown or sent.</summary>
    public bool HasProtectedIdentity { get; init; }

    /// <summary>Rule 12c: when children live in the household, the need for an orosanmälan is assessed.</summary>
    public bool ChildrenInHousehold { get; init; }

    /// <summary>
    /// The surname first: what stands before a comma ("Åberg, Åsa"), else the last word ("Karl von Essen" sorts under E).
    /// One name field cannot tell more: "Anna Berg Lind" is written "Berg Lind, Anna" to sort under B.
    /// </summary>
    public static string SortNameOf(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var comma = fullName.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            return string.Join(' ', Words(fullName[..comma]).Concat(Words(fullName[(comma + 1)..])));
        }

        var words = Words(fullName);
        return words.Length < 2 ? string.Join(' ', words) : string.Join(' ', [words[^1], .. words[..^1]]);
    }

    /// <summary>The key search compares a name or a search term by: lower case (invariant, so Å folds to å), single spaces.</summary>
    public static string SearchNameOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', Words(text)).ToLowerInvariant();
    }

    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
