using MudBlazor;
using Sip.Domain.Plans;
using Sip.Infrastructure.Seeding;
using Sip.Web.Components.Pages;

namespace Sip.Web.Tests;

/// <summary>
/// Rule 24 on the plan page: the children in the household are added on Översikt by age, home and
/// custody; a child without a home or custody is refused in Swedish and nothing is saved; once
/// saved, the orosanmälan assessment is asked for (rule 12c).
/// </summary>
public sealed class ChildrenPanelTests : ComponentTest
{
    private const string Reference = "SIP-2026-000003";

    [Fact]
    public async Task A_child_is_added_by_age_home_and_custody_and_the_assessment_is_then_asked_for()
    {
        SignInAs(DemoDirectory.Nurse);
        var planId = Query(db => db.Plans.Single(p => p.ReferenceNumber == Reference).Id);
        var page = Render<PlanWorkspace>(p => p.Add(x => x.PlanId, planId));
        page.WaitForAssertion(() => Assert.Contains("Inga barn är registrerade.", page.Markup, StringComparison.Ordinal));

        await page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Lägg till barn").Click());
        page.WaitForAssertion(() => Assert.Contains("eller födelseår", page.Markup, StringComparison.Ordinal));
        var age = page.FindComponents<MudNumericField<int?>>().Single(f => f.Instance.Label == "Ålder (år)");
        await page.InvokeAsync(() => age.Instance.ValueChanged.InvokeAsync(7));
        await page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Spara barn").Click());

        page.WaitForAssertion(() => Assert.Contains("Ange var barnet bor.", page.Markup, StringComparison.Ordinal));
        Assert.Empty(Query(db => db.Plans.Single(p => p.Id == planId).Children.ToList()));

        var home = page.FindComponents<MudSelect<ChildLivesWith?>>().Single();
        await page.InvokeAsync(() => home.Instance.ValueChanged.InvokeAsync(ChildLivesWith.ThePerson));
        var custody = page.FindComponents<MudSelect<ChildCustody?>>().Single();
        await page.InvokeAsync(() => custody.Instance.ValueChanged.InvokeAsync(ChildCustody.Joint));
        await page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Spara barn").Click());

        page.WaitForAssertion(() => Assert.Equal(
            [(7, ChildLivesWith.ThePerson, ChildCustody.Joint)],
            Query(db => db.Plans.Single(p => p.Id == planId).Children.Select(c => new { c.AgeYears, c.LivesWith, c.Custody }).ToList())
                .Select(c => (c.AgeYears!.Value, c.LivesWith, c.Custody))));
        page.WaitForAssertion(() => Assert.Contains(
            "gör en ny bedömning av om en orosanmälan behövs", page.Markup, StringComparison.Ordinal));
    }
}
