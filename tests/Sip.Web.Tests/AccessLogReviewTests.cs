using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Sip.Domain.Audit;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.Web.Components.Administration;

namespace Sip.Web.Tests;

/// <summary>
/// Loggkontroll as the administrator sees it: a nurse of Beroendemottagningen who opened three of
/// Vuxenenheten's plans in the last week stands out once the limit is three, and each of those
/// reads is marked in the log; a question the server refuses is answered in Swedish on the form.
/// </summary>
public sealed class AccessLogReviewTests : ComponentTest
{
    [Fact]
    public async Task A_nurse_reading_three_plans_of_another_unit_is_marked_unusual_from_a_limit_of_three()
    {
        var plans = Query(db => db.Plans.Where(p => p.Origin.InitiatingUnitId == DemoDirectory.VuxenenhetenOstersund
            && p.OverallResponsibleUnitId != DemoDirectory.BeroendemottagningenOstersund)
            .OrderBy(p => p.ReferenceNumber).Select(p => p.Id).Take(3).ToList());
        Assert.Equal(3, plans.Count);
        using (var scope = Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SipDbContext>();
            db.AuditEntries.AddRange(
                plans.Select((id, i) => new AuditEntry(Guid.CreateVersion7(), Now.AddDays(-i - 1), DemoDirectory.Nurse,
                        DemoDirectory.BeroendemottagningenOstersund, id, AuditKind.Read, "GetPlan", "10.0.0.9")));
            await db.SaveChangesAsync();
        }

        SignInAs(DemoDirectory.Administrator);
        var panel = Render<AccessLogReviewPanel>();
        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-reader]")));
        Assert.Equal("false", panel.Find($"[data-reader='{DemoDirectory.Nurse}']").GetAttribute("data-unusual"));
        Assert.Equal(3, panel.FindAll("[data-other-unit='true']").Count);

        var limit = panel.FindComponents<MudNumericField<int>>().Single();
        await panel.InvokeAsync(() => limit.Instance.ValueChanged.InvokeAsync(3));
        panel.FindAll("button").Single(b => b.TextContent.Contains("Sök i loggen", StringComparison.Ordinal)).Click();

        panel.WaitForAssertion(() =>
        {
            var nurse = panel.Find($"[data-reader='{DemoDirectory.Nurse}']");
            Assert.Equal("true", nurse.GetAttribute("data-unusual"));
            Assert.Contains("Ovanlig åtkomst", nurse.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_reference_too_long_to_be_one_is_refused_in_Swedish_on_the_form()
    {
        SignInAs(DemoDirectory.Administrator);
        var panel = Render<AccessLogReviewPanel>();
        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-section='entries']")));

        var plan = panel.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Diarienummer");
        await panel.InvokeAsync(() => plan.Instance.ValueChanged.InvokeAsync(new string('9', 41)));
        panel.FindAll("button").Single(b => b.TextContent.Contains("Sök i loggen", StringComparison.Ordinal)).Click();

        panel.WaitForAssertion(() => Assert.Contains("Ett diarienummer har högst 40 tecken.", panel.Markup, StringComparison.Ordinal));
    }
}
