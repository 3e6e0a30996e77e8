using Sip.Domain.Plans;
using Sip.Infrastructure.Seeding;
using Sip.Web.Components.Pages;

namespace Sip.Web.Tests;

/// <summary>
/// The demo's plans of the second round as the pages show them: the period figures count the plan with two
/// children, its current assessment and the report made (rules 12c and 24), and the LVM placement with an open
/// checklist shows its deadline on Översikt (rule 27b).
/// </summary>
public sealed class SecondRoundDemoTests : ComponentTest
{
    [Fact]
    public void The_period_figures_show_the_demo_plan_with_children_its_current_assessment_and_the_report()
    {
        SignInAs(DemoDirectory.SipSupport);
        var page = Render<AreaPlans>();

        page.WaitForAssertion(() => Assert.Equal("1", page.Find("[data-figure='children'] td").TextContent.Trim()));
        Assert.StartsWith("1", page.Find("[data-figure='children-assessed'] td").TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("1", page.Find("[data-figure='children-reported'] td").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("varav orosanmälan gjord", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_LVM_placement_shows_its_open_checklist_among_the_deadlines()
    {
        SignInAs(DemoDirectory.SocialWorker);
        var planId = Query(db => db.Plans
            .Where(p => p.Placement != null && p.Placement.LegalBasis == PlacementLegalBasis.Lvm)
            .Select(p => p.Id).Single());
        var page = Render<PlanWorkspace>(p => p.Add(x => x.PlanId, planId));

        page.WaitForAssertion(() => Assert.Contains("Anmälan enligt 6 § LVM och läkarintyg", page.Markup, StringComparison.Ordinal));
    }
}
