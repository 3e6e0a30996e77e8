using Sip.Domain.Common;
using Sip.Domain.People;
using Sip.Domain.Policies;

namespace Sip.Domain.Tests.ValueObjects;

/// <summary>
/// A reservnummer has no law behind it: it is checked against the region's pattern from the county
/// policy. The preset follows Socialstyrelsen's advice (the birth date and at least one letter among the
/// last four), so that no reservnummer can be mistaken for a personnummer.
/// </summary>
public sealed class ReserveNumberTests
{
    private const string Pattern = ReserveNumber.DefaultPattern;
    private const string Description = ReserveNumber.DefaultDescription;

    [Theory]
    [InlineData("20010517-AB12", "20010517AB12")]
    [InlineData("20010517ab12", "20010517AB12")]
    [InlineData(" 19990101 X001 ", "19990101X001")]
    [InlineData("20010517-123K", "20010517123K")]
    public void The_preset_takes_a_birth_date_and_four_characters_with_a_letter(string input, string stored)
    {
        Assert.True(ReserveNumber.TryParse(input, Pattern, Description, out var number, out var error), error);
        Assert.Equal(stored, number.Value);
        Assert.Equal(number, ReserveNumber.FromStored(stored));
    }

    [Theory]
    [InlineData("")]
    [InlineData("20010517-1234")]
    [InlineData("2001051-AB12")]
    [InlineData("18010517-AB12")]
    [InlineData("20010517-AB123")]
    [InlineData("20010517-ÅB12")]
    public void Anything_else_is_refused_and_names_the_regions_format(string input)
    {
        Assert.False(ReserveNumber.TryParse(input, Pattern, Description, out _, out var error));
        Assert.NotNull(error);
        if (input.Length > 0)
        {
            Assert.Contains(Description, error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_regions_own_format_is_matched_whole()
    {
        // Region Stockholm's form (Inera's table of local reserve identities): 99, a year, five digits and a check digit.
        const string Stockholm = @"99(19|20)\d{2}\d{5}\d";
        Assert.True(ReserveNumber.TryParse("991981000010", Stockholm, "99ÅÅÅÅNNNNNC", out _, out _));
        Assert.False(ReserveNumber.TryParse("x991981000010", Stockholm, "99ÅÅÅÅNNNNNC", out _, out _));
        Assert.False(ReserveNumber.TryParse("9919810000101", Stockholm, "99ÅÅÅÅNNNNNC", out _, out _));
    }

    [Fact]
    public void A_valid_personnummer_is_never_taken_as_a_reservnummer()
    {
        Assert.False(ReserveNumber.TryParse("198503149828", @"\d{12}", "tolv siffror", out _, out var error));
        Assert.Contains("personnummer", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(")]
    [InlineData("")]
    [InlineData("  ")]
    public void A_pattern_that_is_no_regular_expression_is_not_valid(string pattern) =>
        Assert.False(ReserveNumber.IsValidPattern(pattern));

    [Fact]
    public void The_county_sets_the_format_and_its_identifier_system_within_limits()
    {
        var policy = new CountyPolicy(Guid.NewGuid(), "Testlän");
        Assert.Equal(ReserveNumber.DefaultPattern, policy.ReserveNumberPattern);
        Assert.Equal(CountyPolicy.DefaultReserveNumberSystem, policy.ReserveNumberSystem);

        policy.ChangeReserveNumberFormat(@"99(19|20)\d{7}", "99ÅÅÅÅNNNNNC", "urn:oid:1.2.752.97.3.1.3");
        Assert.Equal((@"99(19|20)\d{7}", "99ÅÅÅÅNNNNNC", "urn:oid:1.2.752.97.3.1.3"),
            (policy.ReserveNumberPattern, policy.ReserveNumberDescription, policy.ReserveNumberSystem));

        Assert.Equal("policy.reserve-number-pattern",
            Assert.Throws<DomainException>(() => policy.ChangeReserveNumberFormat("([", "x", "urn:oid:1.2")).Code);
        Assert.Equal("policy.reserve-number-description",
            Assert.Throws<DomainException>(() => policy.ChangeReserveNumberFormat(@"\d+", " ", "urn:oid:1.2")).Code);
        Assert.Equal("policy.reserve-number-system",
            Assert.Throws<DomainException>(() => policy.ChangeReserveNumberFormat(@"\d+", "siffror", "inte en uri")).Code);
    }
}
