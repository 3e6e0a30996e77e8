using Sip.Domain.Common;
using Sip.Domain.People;

namespace Sip.Domain.Plans;

/// <summary>The person the plan is for (den enskilde).</summary>
public sealed record SubjectPerson
{
    private readonly string _fullName;

    private SubjectPerson()
    {
        IdentityNumber = null!;
        _fullName = SortName = SearchName = string.Empty;
    }

    public SubjectPerson(PersonalIdentityNumber identityNumber, string fullName, bool hasProtectedIdentity, bool childrenInHousehold)
    {
        ArgumentNullException.ThrowIfNull(identityNumber);
        if (string.IsNullOrWhiteSpace(fullName))
        {
            throw new DomainException("person.name-required", "Personens namn måste anges.");
        }

        IdentityNumber = identityNumber;
        _fullName = SortName = SearchName = string.Empty;
        FullName = fullName.Trim();
        HasProtectedIdentity = hasProtectedIdentity;
        ChildrenInHousehold = childrenInHousehold;
    }

    public PersonalIdentityNumber IdentityNumber { get; init; }

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
    /// The surname is what stands before a comma ("Åberg, Åsa") or else the last word ("Åsa Åberg";
    /// "Karl von Essen" sorts under E). It goes first, the given names after. A name of one word is its
    /// own sort name. The one name field cannot tell more; whoever needs "Anna Berg Lind" under B writes
    /// "Berg Lind, Anna".
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
