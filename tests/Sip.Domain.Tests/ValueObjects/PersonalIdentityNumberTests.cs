using Sip.Domain.Common;
using Sip.Domain.People;

namespace Sip.Domain.Tests.ValueObjects;

/// <summary>
/// Check digits in the test data were computed by hand (Luhn over YYMMDDNNN with weights 2,1,2,…),
/// not by the code under test.
/// </summary>
public sealed class PersonalIdentityNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("19121212-1212", "191212121212", 1912, 12, 12)]
    [InlineData("191212121212", "191212121212", 1912, 12, 12)]
    [InlineData(" 19121212-1212 ", "191212121212", 1912, 12, 12)]
    [InlineData("121212-1212", "201212121212", 2012, 12, 12)]
    [InlineData("1212121212", "201212121212", 2012, 12, 12)]
    [InlineData("121212+1212", "191212121212", 1912, 12, 12)]
    [InlineData("460101-1234", "194601011234", 1946, 1, 1)]
    [InlineData("20000229-1235", "200002291235", 2000, 2, 29)]
    public void Valid_numbers_parse_to_their_canonical_form_and_birth_date(string input, string canonical, int year, int month, int day)
    {
        var number = PersonalIdentityNumber.Parse(input, Today);

        Assert.Equal(canonical, number.Value);
        Assert.Equal(new DateOnly(year, month, day), number.DateOfBirth);
        Assert.False(number.IsCoordinationNumber);
    }

    [Fact]
    public void A_samordningsnummer_has_sixty_added_to_the_day()
    {
        var number = PersonalIdentityNumber.Parse("121272-1235", Today);

        Assert.True(number.IsCoordinationNumber);
        Assert.Equal(new DateOnly(2012, 12, 12), number.DateOfBirth);
        Assert.Equal("20121272-1235", number.ToString());
    }

    [Theory]
    [InlineData("19121212-1213", "Personnumret har fel kontrollsiffra.")]
    [InlineData("19000229-1235", "Personnumret innehåller inget giltigt datum.")]
    [InlineData("19901301-1234", "Personnumret har fel kontrollsiffra.")]
    [InlineData("20261201-1235", "Födelsedatumet ligger i framtiden.")]
    [InlineData("19121212+1212", "Med fyrsiffrigt årtal skrivs personnumret med bindestreck, inte plus.")]
    [InlineData("12345", "Ange personnummer med 10 eller 12 siffror, t.ex. 19121212-1212.")]
    [InlineData("19121212 1212", "Ange personnummer med 10 eller 12 siffror, t.ex. 19121212-1212.")]
    [InlineData("abcdef-ghij", "Ange personnummer med 10 eller 12 siffror, t.ex. 19121212-1212.")]
    [InlineData("", "Ange personnummer med 10 eller 12 siffror, t.ex. 19121212-1212.")]
    [InlineData(null, "Ange personnummer med 10 eller 12 siffror, t.ex. 19121212-1212.")]
    public void Invalid_numbers_are_refused_with_a_specific_Swedish_message(string? input, string message)
    {
        Assert.False(PersonalIdentityNumber.TryParse(input, Today, out var result, out var error));
        Assert.Null(result);
        Assert.Equal(message, error);
    }

    [Fact]
    public void An_invalid_date_in_a_month_that_does_not_exist_is_caught_when_the_check_digit_is_right()
    {
        // 901301-123C: Luhn over 901301123 gives 5, so only the date is wrong.
        Assert.False(PersonalIdentityNumber.TryParse("19901301-1235", Today, out _, out var error));
        Assert.Equal("Personnumret innehåller inget giltigt datum.", error);
    }

    [Fact]
    public void Parse_throws_a_domain_exception_with_a_stable_code()
    {
        var failure = Assert.Throws<DomainException>(() => PersonalIdentityNumber.Parse("19121212-1213", Today));

        Assert.Equal("person.identity-number-invalid", failure.Code);
    }

    [Fact]
    public void Age_turns_on_the_birthday()
    {
        var number = PersonalIdentityNumber.Parse("19850314-9828", Today);

        Assert.Equal(40, number.AgeOn(new DateOnly(2026, 3, 13)));
        Assert.Equal(41, number.AgeOn(new DateOnly(2026, 3, 14)));
    }

    [Fact]
    public void The_stored_form_rebuilds_an_equal_value()
    {
        var parsed = PersonalIdentityNumber.Parse("121212-1212", Today);

        Assert.Equal(parsed, PersonalIdentityNumber.FromStored(parsed.Value));
        Assert.Throws<DomainException>(() => PersonalIdentityNumber.FromStored("191212121213"));
    }
}
