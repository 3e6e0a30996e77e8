using MudBlazor;
using Sip.Infrastructure.Seeding;
using Sip.Web.Components.Pages;

namespace Sip.Web.Tests;

/// <summary>
/// Rule 29 on the plan page: the fast vårdkontakt is named from Översikt at one of the region's units
/// taking part; a missing name is refused in Swedish under its field and nothing is saved.
/// </summary>
public sealed class FastCareContactPanelTests : ComponentTest
{
    private const string Reference = "SIP-2026-000003";

    [Fact]
    public async Task The_nurse_names_the_fast_vardkontakt_at_a_region_unit_and_a_missing_name_is_refused_in_swedish()
    {
        SignInAs(DemoDirectory.Nurse);
        var planId = Query(db => db.Plans.Single(p => p.ReferenceNumber == Reference).Id);
        var page = Render<PlanWorkspace>(p => p.Add(x => x.PlanId, planId));
        page.WaitForAssertion(() => Assert.Contains("Ingen fast vårdkontakt är angiven.", page.Markup, StringComparison.Ordinal));

        var unit = page.FindComponents<MudSelect<Guid?>>().Single(s => s.Instance.Label == "Enhet där vårdkontakten arbetar");
        Assert.All(
            unit.FindComponents<MudSelectItem<Guid?>>().Select(i => i.Instance.Value),
            id => Assert.Equal(
                Sip.Domain.Organizations.OrganizationKind.Region, Query(db => db.Units.Single(u => u.Id == id).OrganizationKind)));
        await page.InvokeAsync(() => unit.Instance.ValueChanged.InvokeAsync(DemoDirectory.BeroendemottagningenOstersund));
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Spara fast vårdkontakt").Click();

        page.WaitForAssertion(() => Assert.Contains("Ange namnet på den fasta vårdkontakten.", page.Markup, StringComparison.Ordinal));
        Assert.Null(Query(db => db.Plans.Single(p => p.Id == planId).FastCareContact));

        var name = page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Namn och yrke");
        await page.InvokeAsync(() => name.Instance.ValueChanged.InvokeAsync("Eva Berg, sjuksköterska"));
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Spara fast vårdkontakt").Click();

        page.WaitForAssertion(() => Assert.Equal(
            (DemoDirectory.BeroendemottagningenOstersund, "Eva Berg, sjuksköterska"),
            Query(db => db.Plans.Single(p => p.Id == planId).FastCareContact is { } c ? (c.UnitId, c.Name) : default)));
        page.WaitForAssertion(() => Assert.Contains("Beroendemottagningen Östersund", page.Markup, StringComparison.Ordinal));
    }
}
