using Sip.Infrastructure.Seeding;
using Sip.Web.Components.Plans;

namespace Sip.Web.Tests;

/// <summary>
/// The Versioner tab offers the written plan of each established version as a link the browser
/// follows with the user's sign-in cookie, to the API that serves the PDF.
/// </summary>
public sealed class WrittenPlanLinkTests : ComponentTest
{
    [Fact]
    public void Each_established_version_links_to_its_written_plan()
    {
        SignInAs(DemoDirectory.Nurse);
        var planId = Query(db => db.Plans.Single(p => p.Origin.ExternalCaseReference == "BM-2026-0311").Id);

        var history = Render<VersionHistory>(p => p.Add(x => x.PlanId, planId).Add(x => x.VersionCount, 1));

        history.WaitForAssertion(() => Assert.Single(history.FindAll("a[data-written-plan]")));
        var link = history.Find("a[data-written-plan]");
        Assert.Equal($"/api/v1/plans/{planId}/versions/1/document", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal("Skriftlig plan (PDF), version 1", link.GetAttribute("aria-label"));
        Assert.Contains("Skriftlig plan (PDF)", link.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_not_yet_established_offers_no_written_plan()
    {
        SignInAs(DemoDirectory.SocialWorker);
        var planId = Query(db => db.Plans.Single(p => p.Origin.ExternalCaseReference == "VU-2026-1042").Id);

        var history = Render<VersionHistory>(p => p.Add(x => x.PlanId, planId));

        history.WaitForAssertion(() => Assert.Contains("Planen är inte fastställd ännu.", history.Markup, StringComparison.Ordinal));
        Assert.Empty(history.FindAll("a[data-written-plan]"));
    }
}
