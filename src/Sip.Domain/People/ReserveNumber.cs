using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Sip.Domain.Common;

namespace Sip.Domain.People;

/// <summary>
/// A reservnummer: the region's number for a person without personnummer, in the form the county policy states
/// (<see cref="Policies.CountyPolicy.ReserveNumberPattern"/>); stored upper case without spaces and hyphens.
/// </summary>
public sealed record ReserveNumber
{
    public const string InvalidCode = "person.reserve-number-invalid";
    public const int MaxLength = 20;

    /// <summary>
    /// Socialstyrelsen's advice: the birth date and, among the last four, at least one letter, so that
    /// no reservnummer can ever be a personnummer. Regions with a format of their own set theirs.
    /// </summary>
    public const string DefaultPattern = @"(19|20)\d{6}(?=[0-9]{0,3}[A-Z])[A-Z0-9]{4}";

    public const string DefaultDescription = "ÅÅÅÅMMDD-XXXX: födelsedatum och fyra tecken varav minst en bokstav";

    private ReserveNumber(string value) => Value = value;

    public string Value { get; }

    /// <summary>Whether <paramref name="pattern"/> is a .NET regular expression a reservnummer can be checked against.</summary>
    public static bool IsValidPattern(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern) || pattern.Length > 200)
        {
            return false;
        }

        try
        {
            _ = Regex.IsMatch(string.Empty, Anchored(pattern), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public static bool TryParse(
        string? input, string pattern, string description, [NotNullWhen(true)] out ReserveNumber? result, out string? error)
    {
        result = null;
        var text = Normalise(input);
        if (text.Length == 0)
        {
            error = "Ange reservnumret.";
            return false;
        }

        if (text.Length > MaxLength || !IsValidPattern(pattern) || !Matches(text, pattern))
        {
            error = $"Reservnumret följer inte regionens format ({description}).";
            return false;
        }

        // A number that is a valid personnummer or samordningsnummer must be entered as one.
        if (PersonalIdentityNumber.TryParse(text, DateOnly.MaxValue, out _, out _))
        {
            error = "Numret är ett personnummer eller samordningsnummer; välj det slaget av identitet.";
            return false;
        }

        result = new ReserveNumber(text);
        error = null;
        return true;
    }

    public static ReserveNumber Parse(string input, string pattern, string description) =>
        TryParse(input, pattern, description, out var result, out var error) ? result : throw new DomainException(InvalidCode, error!);

    /// <summary>Rebuilds a stored number: it was checked against the pattern in force when it was entered.</summary>
    public static ReserveNumber FromStored(string value)
    {
        var text = Normalise(value);
        return text.Length is > 0 and <= MaxLength
            ? new ReserveNumber(text)
            : throw new DomainException(InvalidCode, "Det lagrade reservnumret är ogiltigt.");
    }

    /// <summary>A search term that may be a reservnummer: one word of 6–20 letters and digits with a digit in it.</summary>
    public static ReserveNumber? FromSearch(string term)
    {
        var text = Normalise(term);
        return text.Length is >= 6 and <= MaxLength && text.Any(char.IsAsciiDigit) && text.All(char.IsAsciiLetterOrDigit)
            ? new ReserveNumber(text)
            : null;
    }

    public override string ToString() => Value;

    private static string Normalise(string? input) =>
        string.Concat((input ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-')).ToUpperInvariant();

    private static bool Matches(string text, string pattern)
    {
        try
        {
            return Regex.IsMatch(text, Anchored(pattern), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string Anchored(string pattern) => $"^(?:{pattern})$";
}
