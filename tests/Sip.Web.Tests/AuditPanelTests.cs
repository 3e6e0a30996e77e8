using Sip.Infrastructure.Seeding;
using Sip.Web.Components.Pages;

namespace Sip.Web.Tests;

/// <summary>The stödjare's audit on the follow-up page: choosing a gap lists exactly the plans that have it.</summary>
public sealed class AuditPanelTests : ComponentTest
{
    [Fact]
    public void Choosing_no_consent_lists_only_the_plan_still_waiting_for_the_consent_conversation()
    {
        SignInAs(DemoDirectory.SipSupport);
        var page = Render<AreaPlans>();
        page.WaitForAssertion(() => Assert.Contains("SIP-2026-000002", page.Markup, StringComparison.Ordinal));

        page.Find("[data-finding='NoConsent']").Click();

        page.WaitForAssertion(() =>
        {
            Assert.Contains("SIP-2026-000001", page.Markup, StringComparison.Ordinal);
            Assert.DoesNotContain("SIP-2026-000002", page.Markup, StringComparison.Ordinal);
        });
    }
}
