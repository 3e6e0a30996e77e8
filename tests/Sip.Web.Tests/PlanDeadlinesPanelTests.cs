using Microsoft.EntityFrameworkCore;
using MudBlazor;
using Sip.Domain.Plans;
using Sip.Infrastructure.Seeding;
using Sip.Web.Components;
using Sip.Web.Components.Pages;

namespace Sip.Web.Tests;

/// <summary>
/// Issue 33: the plan page shows what the domain put in the plan's detail and decides nothing itself: the open
/// deadlines on Översikt, and on Insatser the statuses an insats may move to.
/// </summary>
public sealed class PlanDeadlinesPanelTests : ComponentTest
{
    [Fact]
    public void The_overview_lists_the_open_deadlines_the_domain_gives_the_escalated_deviation_among_them()
    {
        SignInAs(DemoDirectory.SocialWorker);
        var (planId, stepDueOn) = Query(db => db.Plans.AsNoTracking()
            .Where(p => p.Status == PlanStatus.Established)
            .SelectMany(p => p.Deviations.Where(d => d.ResolvedAt == null && d.StepDueOn != null), (p, d) => new { p.Id, d.StepDueOn })
            .AsEnumerable().Select(x => (x.Id, x.StepDueOn!.Value)).First());

        var page = Render<PlanWorkspace>(p => p.Add(x => x.PlanId, planId));
        page.WaitForAssertion(() => Assert.Contains("Tidsfrister", page.Markup, StringComparison.Ordinal));

        var rows = page.FindAll("tr").Select(r => r.TextContent.Trim()).ToList();
        Assert.Contains($"{Glossary.Of(DeadlineKind.DeviationUnresolved)}{Glossary.Date(stepDueOn)}", rows);
    }

    [Fact]
    public void An_accepted_insats_offers_only_the_statuses_the_domain_allows()
    {
        SignInAs(DemoDirectory.SocialWorker);
        var planId = Query(db => db.Plans.AsNoTracking()
            .Where(p => p.Status == PlanStatus.Established)
            .First(p => p.Actions.Any(a => a.Status == ActionStatus.Accepted && a.OwningUnitId == DemoDirectory.VuxenenhetenOstersund)).Id);
        var popovers = Render<MudPopoverProvider>();
        var page = Render<PlanWorkspace>(p => p.Add(x => x.PlanId, planId));
        page.WaitForAssertion(() => Assert.Contains("Ändra status", page.Markup, StringComparison.Ordinal));

        page.FindComponents<MudMenu>().Single(m => m.Instance.Label == "Ändra status").Find("button").Click();

        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-menu-item")));
        Assert.Equal(
            [Glossary.Of(ActionStatus.Ongoing), Glossary.Of(ActionStatus.Discontinued)],
            popovers.FindAll(".mud-menu-item").Select(i => i.TextContent.Trim()));
    }
}
