using System.Globalization;
using Sip.Domain.Common;
using Sip.Domain.People;

namespace Sip.Domain.Tests.ValueObjects;

/// <summary>
/// Check digits in the test data were computed by hand (Luhn over YYMMDDNNN with weights
/// 2,1,2,…, digit sums of the products, C = (10 − sum mod 10) mod 10) and are cross-checked by
/// <see cref="ReferenceLuhn"/>, never by the code under test. The sum is noted next to each.
/// </summary>
public sealed class PersonalIdentityNumberTests
{
    private const string FormatError = "Ange personnummer med 10 eller 12 siffror, t.ex. 19121212-1212.";
    private const string CheckDigitError = "Personnumret har fel kontrollsiffra.";
    private const string DateError = "Personnumret innehåller inget giltigt datum.";
    private const string FutureError = "Födelsedatumet ligger i framtiden.";
    private const string PlusWithCenturyError = "Med fyrsiffrigt årtal skrivs personnumret med bindestreck, inte plus.";

    private static readonly DateOnly Today = new(2026, 11, 23);

    public static TheoryData<string, string, DateOnly> ValidNumbers => new()
    {
        // 121212121 → 2+2+2+2+2+2+2+2+2 = 18 → C = 2. Skatteverket's classic test number.
        { "19121212-1212", "191212121212", new(1912, 12, 12) },
        { "191212121212", "191212121212", new(1912, 12, 12) },
        { " 19121212-1212\t", "191212121212", new(1912, 12, 12) },
        { "121212-1212", "201212121212", new(2012, 12, 12) },
        { "1212121212", "201212121212", new(2012, 12, 12) },
        { "121212+1212", "191212121212", new(1912, 12, 12) },

        // 460101123 → 8+6+0+1+0+1+2+2+6 = 26 → C = 4.
        { "460101-1234", "194601011234", new(1946, 1, 1) },

        // 850314982 → 7+5+0+3+2+4+9+8+4 = 42 → C = 8.
        { "19850314-9828", "198503149828", new(1985, 3, 14) },

        // 991231123 → 9+9+2+2+6+1+2+2+6 = 39 → C = 1. The turn of the millennium, from below.
        { "991231-1231", "199912311231", new(1999, 12, 31) },

        // 000229123 → 0+0+0+2+4+9+2+2+6 = 25 → C = 5. 2000 is a leap year (divisible by 400).
        { "20000229-1235", "200002291235", new(2000, 2, 29) },
        { "000229-1235", "200002291235", new(2000, 2, 29) },

        // 280229123 → 4+8+0+2+4+9+2+2+6 = 37 → C = 3. 2028 is still ahead, so 1928, a leap year.
        { "280229-1233", "192802291233", new(1928, 2, 29) },

        // 261123123 → 4+6+2+1+4+3+2+2+6 = 30 → C = 0. Born today: not in the future.
        { "261123-1230", "202611231230", new(2026, 11, 23) },
        { "20261123-1230", "202611231230", new(2026, 11, 23) },

        // 261124123 → 4+6+2+1+4+4+2+2+6 = 31 → C = 9. Tomorrow in 2026, so the century before.
        { "261124-1239", "192611241239", new(1926, 11, 24) },

        // 270101123 → 4+7+0+1+0+1+2+2+6 = 23 → C = 7. 2027 is ahead, so 1927.
        { "270101-1237", "192701011237", new(1927, 1, 1) },
    };

    [Theory]
    [MemberData(nameof(ValidNumbers))]
    public void Valid_numbers_parse_to_their_canonical_form_and_birth_date(string input, string canonical, DateOnly dateOfBirth)
    {
        Assert.True(PersonalIdentityNumber.TryParse(input, Today, out var number, out var error));

        Assert.Null(error);
        Assert.Equal(canonical, number.Value);
        Assert.Equal(dateOfBirth, number.DateOfBirth);
        Assert.False(number.IsCoordinationNumber);
    }

    // Folkbokföringslagen 18 § andra stycket: the hyphen "byts mot ett plustecken det år en person fyller 100 år".
    // The year counts, not the birthday: in 2026 everyone born in 1926 writes '+', also before turning 100.
    [Theory]
    [InlineData("121212+1212", 1912)]
    [InlineData("261123+1230", 1926)] // turns 100 today
    [InlineData("261124+1239", 1926)] // turns 100 tomorrow, in 2026: '+' all year
    [InlineData("261231+1239", 1926)] // 261231123 → 31 → C = 9; turns 100 on New Year's Eve, this calendar year
    [InlineData("270101+1237", 1827)] // born 1927 writes '-' until 2027, so '+' means 1827
    [InlineData("250101+1239", 1925)] // 250101123 → 21 → C = 9; turns 101 this year
    public void A_plus_sign_is_written_from_the_calendar_year_the_person_turns_100(string input, int expectedYear) =>
        Assert.Equal(expectedYear, PersonalIdentityNumber.Parse(input, Today).DateOfBirth.Year);

    [Fact]
    public void A_plus_sign_on_New_Years_Day_already_means_the_year_of_the_hundredth_birthday()
    {
        // 271231123 → 4+7+2+2+6+1+2+2+6 = 32 → C = 8. On 1 January 2027 the person born on
        // 31 December 1927 is 99, but writes '+' from that day on.
        var newYearsDay = new DateOnly(2027, 1, 1);
        Assert.Equal(new DateOnly(1927, 12, 31), PersonalIdentityNumber.Parse("271231+1238", newYearsDay).DateOfBirth);
    }

    [Fact]
    public void The_century_of_a_ten_digit_number_depends_on_today()
    {
        // On 11 December 2012 the 12th was still ahead, so the same digits meant 1912.
        Assert.Equal(new DateOnly(2012, 12, 12), PersonalIdentityNumber.Parse("121212-1212", new DateOnly(2012, 12, 12)).DateOfBirth);
        Assert.Equal(new DateOnly(1912, 12, 12), PersonalIdentityNumber.Parse("121212-1212", new DateOnly(2012, 12, 11)).DateOfBirth);
    }

    [Fact]
    public void A_samordningsnummer_has_sixty_added_to_the_day()
    {
        // 121272123 → 2+2+2+2+(1+4)+2+2+2+6 = 25 → C = 5.
        var number = PersonalIdentityNumber.Parse("121272-1235", Today);

        Assert.True(number.IsCoordinationNumber);
        Assert.Equal(new DateOnly(2012, 12, 12), number.DateOfBirth);
        Assert.Equal("201212721235", number.Value);
        Assert.Equal("20121272-1235", number.ToString());
        Assert.Equal(number, PersonalIdentityNumber.Parse("20121272-1235", Today));
    }

    [Fact]
    public void A_samordningsnummer_can_carry_a_leap_day()
    {
        // 000289123 → 0+0+0+2+(1+6)+9+2+2+6 = 28 → C = 2. Day 89 − 60 = 29 February 2000.
        var number = PersonalIdentityNumber.Parse("20000289-1232", Today);

        Assert.True(number.IsCoordinationNumber);
        Assert.Equal(new DateOnly(2000, 2, 29), number.DateOfBirth);

        Assert.False(PersonalIdentityNumber.TryParse("19000289-1232", Today, out _, out var error));
        Assert.Equal(DateError, error);
    }

    [Theory]
    [InlineData("19121212-1213", CheckDigitError)]
    [InlineData("121212-1210", CheckDigitError)]
    [InlineData("19901301-1234", CheckDigitError)] // month 13 too, but the check digit is tested first
    [InlineData("19901301-1235", DateError)]      // 901301123 → 25 → C = 5: only the month is wrong
    [InlineData("19000229-1235", DateError)]      // 1900 is not a leap year (divisible by 100, not 400)
    [InlineData("000229+1235", DateError)]        // the plus sign points at 1900 too
    [InlineData("270229-1234", DateError)]        // 270229123 → 36 → C = 4; 1927 is not a leap year
    [InlineData("121200-1232", DateError)]        // 121200123 → 18 → C = 2; day 00
    [InlineData("120012-1232", DateError)]        // 120012123 → 18 → C = 2; month 00
    [InlineData("121260-1239", DateError)]        // 121260123 → 21 → C = 9; day 60 is neither kind
    [InlineData("121292-1231", DateError)]        // 121292123 → 29 → C = 1; samordningsdag 92 → 32
    [InlineData("20261201-1235", FutureError)]    // 261201123 → 25 → C = 5
    [InlineData("20261124-1239", FutureError)]    // tomorrow
    [InlineData("19121212+1212", PlusWithCenturyError)]
    [InlineData("12345", FormatError)]
    [InlineData("19121212 1212", FormatError)]
    [InlineData("19121212–1212", FormatError)]    // en dash
    [InlineData("121212--1212", FormatError)]
    [InlineData("121212-121", FormatError)]
    [InlineData("121212-12121", FormatError)]
    [InlineData("1912121212120", FormatError)]
    [InlineData("19121212-121", FormatError)]
    [InlineData("1912-1212-1212", FormatError)]
    [InlineData("+1212121212", FormatError)]
    [InlineData("abcdef-ghij", FormatError)]
    [InlineData("١٢١٢١٢-١٢١٢", FormatError)]      // Arabic-Indic digits are digits, but not ours
    [InlineData("", FormatError)]
    [InlineData("   ", FormatError)]
    [InlineData(null, FormatError)]
    public void Invalid_numbers_are_refused_with_a_specific_Swedish_message(string? input, string message)
    {
        Assert.False(PersonalIdentityNumber.TryParse(input, Today, out var result, out var error));
        Assert.Null(result);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Luhn_check_digit_must_match()
    {
        for (var digit = '0'; digit <= '9'; digit++)
        {
            var input = "19121212-121" + digit;
            var accepted = PersonalIdentityNumber.TryParse(input, Today, out _, out var error);

            Assert.Equal(digit == '2', accepted);
            Assert.Equal(digit == '2' ? null : CheckDigitError, error);
        }
    }

    [Fact]
    public void Every_day_of_a_leap_year_parses_with_an_independently_computed_check_digit()
    {
        for (var day = new DateOnly(2024, 1, 1); day.Year == 2024; day = day.AddDays(1))
        {
            var personnummer = Build(day, dayOffset: 0);
            var samordningsnummer = Build(day, dayOffset: 60);

            var parsed = PersonalIdentityNumber.Parse(personnummer, Today);
            var coordination = PersonalIdentityNumber.Parse(samordningsnummer, Today);

            Assert.Equal(day, parsed.DateOfBirth);
            Assert.False(parsed.IsCoordinationNumber);
            Assert.Equal(day, coordination.DateOfBirth);
            Assert.True(coordination.IsCoordinationNumber);
        }

        static string Build(DateOnly day, int dayOffset)
        {
            var nine = string.Create(CultureInfo.InvariantCulture, $"{day.Year % 100:D2}{day.Month:D2}{day.Day + dayOffset:D2}987");
            return string.Concat(nine.AsSpan(0, 6), "-", nine.AsSpan(6), ReferenceLuhn.CheckDigitFor(nine).ToString());
        }
    }

    [Theory]
    [InlineData("1212121212")]
    [InlineData("4601011234")]
    [InlineData("0002291235")]
    [InlineData("1212721235")]
    [InlineData("0002891232")]
    [InlineData("2802291233")]
    [InlineData("2611231230")]
    [InlineData("2611241239")]
    [InlineData("9912311231")]
    [InlineData("2701011237")]
    [InlineData("8503149828")]
    [InlineData("9013011235")]
    [InlineData("2702291234")]
    [InlineData("1212001232")]
    [InlineData("1200121232")]
    [InlineData("1212601239")]
    [InlineData("1212921231")]
    [InlineData("2612011235")]
    [InlineData("9901011230")]
    public void The_hand_computed_check_digits_in_this_file_are_right(string tenDigits) =>
        Assert.True(ReferenceLuhn.IsValid(tenDigits));

    [Fact]
    public void Parse_throws_a_domain_exception_with_a_stable_code_and_the_same_message()
    {
        var failure = Assert.Throws<DomainException>(() => PersonalIdentityNumber.Parse("19121212-1213", Today));

        Assert.Equal("person.identity-number-invalid", failure.Code);
        Assert.Equal(CheckDigitError, failure.Message);
        Assert.Equal("person.identity-number-invalid",
            Assert.Throws<DomainException>(() => PersonalIdentityNumber.Parse(null!, Today)).Code);
    }

    [Fact]
    public void Age_turns_on_the_birthday()
    {
        var number = PersonalIdentityNumber.Parse("19850314-9828", Today);

        Assert.Equal(40, number.AgeOn(new DateOnly(2026, 3, 13)));
        Assert.Equal(41, number.AgeOn(new DateOnly(2026, 3, 14)));
        Assert.Equal(0, number.AgeOn(new DateOnly(1985, 3, 14)));
        Assert.Equal(113, PersonalIdentityNumber.Parse("19121212-1212", Today).AgeOn(Today));
    }

    [Fact]
    public void A_child_born_on_a_leap_day_turns_eighteen_on_28_february_of_a_common_year()
    {
        var number = PersonalIdentityNumber.Parse("20000229-1235", Today);

        Assert.Equal(17, number.AgeOn(new DateOnly(2018, 2, 27)));
        Assert.Equal(18, number.AgeOn(new DateOnly(2018, 2, 28)));
        Assert.Equal(24, number.AgeOn(new DateOnly(2024, 2, 29)));
        Assert.Equal(23, number.AgeOn(new DateOnly(2024, 2, 28)));
    }

    [Fact]
    public void Numbers_written_differently_are_equal_values()
    {
        var tenDigits = PersonalIdentityNumber.Parse("121212-1212", Today);
        var twelveDigits = PersonalIdentityNumber.Parse("201212121212", Today);

        Assert.Equal(tenDigits, twelveDigits);
        Assert.Equal(tenDigits.GetHashCode(), twelveDigits.GetHashCode());
        Assert.NotEqual(tenDigits, PersonalIdentityNumber.Parse("121212+1212", Today));
        Assert.Equal("20121212-1212", tenDigits.ToString());
    }

    [Fact]
    public void The_stored_form_rebuilds_an_equal_value()
    {
        var parsed = PersonalIdentityNumber.Parse("121212-1212", Today);
        var rebuilt = PersonalIdentityNumber.FromStored(parsed.Value);

        Assert.Equal(parsed, rebuilt);
        Assert.Equal(new DateOnly(2012, 12, 12), rebuilt.DateOfBirth);
        Assert.True(PersonalIdentityNumber.FromStored("201212721235").IsCoordinationNumber);
    }

    [Fact]
    public void A_stored_number_is_not_judged_against_the_clock()
    {
        // 990101123 → 9+9+0+1+0+1+2+2+6 = 30 → C = 0. Loading must not depend on today's date.
        Assert.Equal(new DateOnly(2099, 1, 1), PersonalIdentityNumber.FromStored("209901011230").DateOfBirth);
    }

    [Theory]
    [InlineData("191212121213", CheckDigitError)]
    [InlineData("190002291235", DateError)]
    [InlineData("19121212-1212", "Det lagrade personnumret ska bestå av exakt 12 siffror.")]
    [InlineData("1212121212", "Det lagrade personnumret ska bestå av exakt 12 siffror.")]
    [InlineData(" 191212121212", "Det lagrade personnumret ska bestå av exakt 12 siffror.")]
    [InlineData("", "Det lagrade personnumret ska bestå av exakt 12 siffror.")]
    public void A_stored_form_that_is_not_a_valid_canonical_number_is_refused(string stored, string message)
    {
        var failure = Assert.Throws<DomainException>(() => PersonalIdentityNumber.FromStored(stored));

        Assert.Equal("person.identity-number-invalid", failure.Code);
        Assert.Equal(message, failure.Message);
    }
}
