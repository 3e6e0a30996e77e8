using System.Text.RegularExpressions;
using Sip.Domain.Actions;

namespace Sip.Domain.Tests.ValueObjects;

public sealed partial class ActionTypeCatalogTests
{
    [Fact]
    public void Codes_are_unique_ignoring_case()
    {
        var duplicates = ActionTypeCatalog.All
            .GroupBy(t => t.Code, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Names_are_unique_and_written_out()
    {
        Assert.All(ActionTypeCatalog.All, t => Assert.False(string.IsNullOrWhiteSpace(t.Name)));
        Assert.All(ActionTypeCatalog.All, t => Assert.Equal(t.Name.Trim(), t.Name));
        Assert.Equal(ActionTypeCatalog.All.Count,
            ActionTypeCatalog.All.Select(t => t.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Codes_are_lowercase_ascii_kebab_case_under_a_principal_prefix() =>
        Assert.All(ActionTypeCatalog.All, t => Assert.Matches(CodePattern(), t.Code));

    [Fact]
    public void The_prefix_of_a_code_names_its_principal()
    {
        Assert.All(ActionTypeCatalog.All, t => Assert.Equal(
            t.Code[..t.Code.IndexOf('.', StringComparison.Ordinal)] switch
            {
                "kommun" => ResponsiblePrincipal.Municipality,
                "region" => ResponsiblePrincipal.Region,
                "shared" => ResponsiblePrincipal.Either,
                _ => ResponsiblePrincipal.Other,
            },
            t.Principal));
    }

    [Theory]
    [InlineData(ResponsiblePrincipal.Municipality, 25)]
    [InlineData(ResponsiblePrincipal.Region, 19)]
    [InlineData(ResponsiblePrincipal.Either, 1)]
    [InlineData(ResponsiblePrincipal.Other, 6)]
    public void Every_principal_has_the_insatser_the_county_agreements_list(ResponsiblePrincipal principal, int count) =>
        Assert.Equal(count, ActionTypeCatalog.All.Count(t => t.Principal == principal));

    [Fact]
    public void Every_principal_kind_is_represented() =>
        Assert.All(Enum.GetValues<ResponsiblePrincipal>(), p => Assert.Contains(ActionTypeCatalog.All, t => t.Principal == p));

    [Theory]
    [InlineData("region.laro", ResponsiblePrincipal.Region)]
    [InlineData("region.sprututbyte", ResponsiblePrincipal.Region)]
    [InlineData("region.lakarintyg-lvm-lvu", ResponsiblePrincipal.Region)]
    [InlineData("region.abstinensbehandling-slutenvard", ResponsiblePrincipal.Region)]
    [InlineData("kommun.boendestod", ResponsiblePrincipal.Municipality)]
    [InlineData("kommun.tvangsvard-lvm-lvu", ResponsiblePrincipal.Municipality)]
    [InlineData("kommun.uppfoljning-lob", ResponsiblePrincipal.Municipality)]
    [InlineData("kommun.skuldradgivning", ResponsiblePrincipal.Municipality)]
    [InlineData("kommun.institutionsvard", ResponsiblePrincipal.Municipality)]
    [InlineData("shared.aterfallsprevention", ResponsiblePrincipal.Either)]
    [InlineData("other.arbetsformedlingen", ResponsiblePrincipal.Other)]
    [InlineData("other.forsakringskassan", ResponsiblePrincipal.Other)]
    [InlineData("other.frivarden", ResponsiblePrincipal.Other)]
    [InlineData("other.hvb", ResponsiblePrincipal.Other)]
    public void Each_action_belongs_to_the_principal_the_agreements_name(string code, ResponsiblePrincipal principal) =>
        Assert.Equal(principal, ActionTypeCatalog.Find(code)?.Principal);

    [Fact]
    public void Specific_entries_carry_their_swedish_names()
    {
        Assert.Equal("Läkemedelsassisterad behandling vid opioidberoende (LARO)", ActionTypeCatalog.Find("region.laro")?.Name);
        Assert.Equal("Boendestöd", ActionTypeCatalog.Find("kommun.boendestod")?.Name);
        Assert.Equal("Arbetslivsinriktade insatser (Arbetsförmedlingen)", ActionTypeCatalog.Find("other.arbetsformedlingen")?.Name);
    }

    [Theory]
    [InlineData("REGION.LARO")]
    [InlineData("Region.Laro")]
    [InlineData("  region.laro ")]
    public void Find_ignores_case_and_surrounding_whitespace(string code) =>
        Assert.Same(ActionTypeCatalog.All.Single(t => t.Code == "region.laro"), ActionTypeCatalog.Find(code));

    [Theory]
    [InlineData("kommun.finns-inte")]
    [InlineData("laro")]
    [InlineData("region.laro.extra")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_code_finds_nothing(string? code) =>
        Assert.Null(ActionTypeCatalog.Find(code));

    [Fact]
    public void Every_listed_code_is_found() =>
        Assert.All(ActionTypeCatalog.All, t => Assert.Same(t, ActionTypeCatalog.Find(t.Code)));

    [GeneratedRegex("^(kommun|region|shared|other)\\.[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
