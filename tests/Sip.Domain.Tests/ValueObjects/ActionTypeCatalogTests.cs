using Sip.Domain.Actions;

namespace Sip.Domain.Tests.ValueObjects;

public sealed class ActionTypeCatalogTests
{
    [Fact]
    public void Codes_are_unique_and_every_principal_kind_is_represented()
    {
        Assert.Equal(ActionTypeCatalog.All.Count, ActionTypeCatalog.All.Select(t => t.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(Enum.GetValues<ResponsiblePrincipal>(), p => Assert.Contains(ActionTypeCatalog.All, t => t.Principal == p));
    }

    [Theory]
    [InlineData("region.laro", ResponsiblePrincipal.Region)]
    [InlineData("REGION.SPRUTUTBYTE", ResponsiblePrincipal.Region)]
    [InlineData("kommun.boendestod", ResponsiblePrincipal.Municipality)]
    [InlineData("kommun.tvangsvard-lvm-lvu", ResponsiblePrincipal.Municipality)]
    [InlineData("shared.aterfallsprevention", ResponsiblePrincipal.Either)]
    [InlineData("other.arbetsformedlingen", ResponsiblePrincipal.Other)]
    public void The_brief_assigns_each_action_to_its_principal(string code, ResponsiblePrincipal principal) =>
        Assert.Equal(principal, ActionTypeCatalog.Find(code)?.Principal);

    [Fact]
    public void An_unknown_code_finds_nothing()
    {
        Assert.Null(ActionTypeCatalog.Find("kommun.finns-inte"));
        Assert.Null(ActionTypeCatalog.Find(null));
    }
}
