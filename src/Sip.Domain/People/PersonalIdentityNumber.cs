using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Sip.Domain.Common;

namespace Sip.Domain.People;

/// <summary>
/// A Swedish personnummer or samordningsnummer. Stored as 12 digits (YYYYMMDDNNNC); shown as
/// YYYYMMDD-NNNC. A 10-digit input gets its century from today's date. The "-" becomes "+" from the
/// calendar year in which the person turns 100 (folkbokföringslagen 18 § andra stycket), not from the birthday.
/// </summary>
public sealed record PersonalIdentityNumber
{
    public const string InvalidCode = "person.identity-number-invalid";

    /// <summary>What stands in a gallrad plan: no one's number, and never a valid one.</summary>
    public static readonly PersonalIdentityNumber Removed = new("000000000000", DateOnly.MinValue, false);

    private PersonalIdentityNumber(string value, DateOnly dateOfBirth, bool isCoordinationNumber)
    {
        Value = value;
        DateOfBirth = dateOfBirth;
        IsCoordinationNumber = isCoordinationNumber;
    }

    /// <summary>Canonical 12 digits, e.g. "191212121212".</summary>
    public string Value { get; }

    public DateOnly DateOfBirth { get; }

    /// <summary>Samordningsnummer: the day of birth plus 60.</summary>
    public bool IsCoordinationNumber { get; }

    public static bool TryParse(string? input, DateOnly today, [NotNullWhen(true)] out PersonalIdentityNumber? result, out string? error)
    {
        result = null;
        error = Parse(input, today, fromStore: false, out result);
        return error is null;
    }

    public static PersonalIdentityNumber Parse(string input, DateOnly today) =>
        TryParse(input, today, out var result, out var error) ? result : throw new DomainException(InvalidCode, error!);

    /// <summary>Rebuilds the value from its stored 12-digit form.</summary>
    public static PersonalIdentityNumber FromStored(string twelveDigits)
    {
        if (twelveDigits == Removed.Value)
        {
            return Removed;
        }

        // Only the canonical form may come back from storage; a 10-digit value would get a century
        // from the far-future "today" used below instead of from when it was entered.
        if (twelveDigits is not { Length: 12 } || !twelveDigits.All(char.IsAsciiDigit))
        {
            throw new DomainException(InvalidCode, "Det lagrade personnumret ska bestå av exakt 12 siffror.");
        }

        // A stored number was checked against the clock when it was entered, so a clock that is
        // behind now must not make it unreadable.
        var error = Parse(twelveDigits, DateOnly.MaxValue, fromStore: true, out var result);
        return error is null ? result! : throw new DomainException(InvalidCode, error);
    }

    public int AgeOn(DateOnly date)
    {
        // AddYears clamps 29 February to 28 February in common years, so a leapling turns a year
        // older on 28 February then. A rule that needs 1 March has to be explicit about it.
        var age = date.Year - DateOfBirth.Year;
        return date < DateOfBirth.AddYears(age) ? age - 1 : age;
    }

    public override string ToString() => $"{Value[..8]}-{Value[8..]}";

    private static string? Parse(string? input, DateOnly today, bool fromStore, out PersonalIdentityNumber? result)
    {
        result = null;
        const string Format = "Ange personnummer med 10 eller 12 siffror, t.ex. 19121212-1212.";
        var text = input?.Trim() ?? string.Empty;
        var separator = text.Length is 11 or 13 ? text[^5] : '\0';
        if (separator is '-' or '+')
        {
            text = text.Remove(text.Length - 5, 1);
        }
        else if (text.Length is 11 or 13)
        {
            return Format;
        }

        if (text.Length is not (10 or 12) || !text.All(char.IsAsciiDigit))
        {
            return Format;
        }

        if (text.Length == 12 && separator == '+')
        {
            return "Med fyrsiffrigt årtal skrivs personnumret med bindestreck, inte plus.";
        }

        var ten = text.Length == 12 ? text[2..] : text;
        if (Luhn(ten.AsSpan(0, 9)) != ten[9] - '0')
        {
            return "Personnumret har fel kontrollsiffra.";
        }

        var yy = int.Parse(ten[..2], CultureInfo.InvariantCulture);
        var month = int.Parse(ten[2..4], CultureInfo.InvariantCulture);
        var day = int.Parse(ten[4..6], CultureInfo.InvariantCulture);
        var coordination = day > 60;
        if (coordination)
        {
            day -= 60;
        }

        int year;
        if (text.Length == 12)
        {
            year = int.Parse(text[..4], CultureInfo.InvariantCulture);
        }
        else
        {
            year = separator == '+' ? PlusYear(yy, today) : MinusYear(yy, month, day, today);
        }

        if (!IsRealDate(year, month, day))
        {
            return "Personnumret innehåller inget giltigt datum.";
        }

        var birth = new DateOnly(year, month, day);
        if (!fromStore && birth > today)
        {
            return "Födelsedatumet ligger i framtiden.";
        }

        result = new PersonalIdentityNumber(string.Create(CultureInfo.InvariantCulture, $"{year:D4}{ten[2..]}"), birth, coordination);
        return null;
    }

    /// <summary>
    /// '+' is written from the calendar year the person turns 100, whatever the day: the latest year
    /// ending in <paramref name="yy"/> that lies at least 100 years before this one.
    /// </summary>
    private static int PlusYear(int yy, DateOnly today)
    {
        var year = ((today.Year - 100) / 100 * 100) + yy;
        return year > today.Year - 100 ? year - 100 : year;
    }

    /// <summary>
    /// '-' (or no separator): the latest century that does not put the birthday in the future. A
    /// number written with '-' in the year its holder turns 100 is still read as that person.
    /// </summary>
    private static int MinusYear(int yy, int month, int day, DateOnly today)
    {
        var year = (today.Year / 100 * 100) + yy;
        var inFuture = year > today.Year
            || (year == today.Year && IsRealDate(year, month, day) && new DateOnly(year, month, day) > today);
        return inFuture ? year - 100 : year;
    }

    private static bool IsRealDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int Luhn(ReadOnlySpan<char> nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < nineDigits.Length; i++)
        {
            var product = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += (product / 10) + (product % 10);
        }

        return (10 - (sum % 10)) % 10;
    }
}
