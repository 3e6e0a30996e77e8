using MudBlazor;
using Sip.Infrastructure.Seeding;
using Sip.Web.Components.Pages;

namespace Sip.Web.Tests;

/// <summary>
/// Rule 25 on the plan page: the need of a tolk is recorded on Översikt; a tolk without a language is
/// refused in Swedish and nothing is saved; once saved, the need stands on the plan.
/// </summary>
public sealed class CommunicationNeedPanelTests : ComponentTest
{
    private const string Reference = "SIP-2026-000002";

    [Fact]
    public async Task A_tolk_is_asked_for_with_the_language_and_without_it_the_need_is_refused_in_swedish()
    {
        SignInAs(DemoDirectory.SocialWorker);
        var planId = Query(db => db.Plans.Single(p => p.ReferenceNumber == Reference).Id);
        var page = Render<PlanWorkspace>(p => p.Add(x => x.PlanId, planId));
        page.WaitForAssertion(() => Assert.Contains(
            "Inget behov av tolk eller kommunikationsstöd är angivet.", page.Markup, StringComparison.Ordinal));

        var interpreter = page.FindComponents<MudCheckBox<bool>>().Single(c => c.Instance.Label == "Tolk behövs");
        await page.InvokeAsync(() => interpreter.Instance.ValueChanged.InvokeAsync(true));
        await page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Spara behovet").Click());

        page.WaitForAssertion(() => Assert.Contains("Ange vilket språk tolken ska tolka till.", page.Markup, StringComparison.Ordinal));
        Assert.Null(Query(db => db.Plans.Single(p => p.Id == planId).CommunicationNeed));

        var language = page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Språk");
        await page.InvokeAsync(() => language.Instance.ValueChanged.InvokeAsync("arabiska"));
        await page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Spara behovet").Click());

        page.WaitForAssertion(() => Assert.Equal(
            (true, "arabiska"),
            Query(db => db.Plans.Single(p => p.Id == planId).CommunicationNeed is { } need
                ? (need.InterpreterNeeded, need.Language)
                : default)));
        page.WaitForAssertion(() => Assert.Contains("Tolk behövs: arabiska.", page.Markup, StringComparison.Ordinal));
    }
}
