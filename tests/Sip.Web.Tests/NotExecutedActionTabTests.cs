using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using Sip.Domain.Actions;
using Sip.Domain.Plans;
using Sip.Infrastructure.Notifications;
using Sip.Infrastructure.Seeding;
using Sip.Web.Components.Pages;

namespace Sip.Web.Tests;

/// <summary>
/// Rule 22 on the plan page, four months on in the demo county: the boendestöd Vuxenenheten granted
/// and never started shows as ej verkställd on the Insatser tab, the start page reminds of it, and
/// the unit records the day it reported it to IVO there.
/// </summary>
public sealed class NotExecutedActionTabTests : ComponentTest
{
    [Fact]
    public async Task A_granted_insats_not_started_in_three_months_shows_on_the_plan_and_its_report_to_ivo_is_recorded()
    {
        var clock = (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();
        clock.Advance(TimeSpan.FromDays(120));
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DeadlineScanner>().ScanAsync(CancellationToken.None);
        }

        var (planId, actionId) = Query(db => db.Plans
            .Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled)
            .SelectMany(p => p.Actions.Where(a => a.Status == ActionStatus.Accepted && a.Principal == ResponsiblePrincipal.Municipality
                && a.OwningUnitId == DemoDirectory.VuxenenhetenOstersund), (p, a) => new { PlanId = p.Id, ActionId = a.Id })
            .AsEnumerable().Select(x => (x.PlanId, x.ActionId)).First());
        SignInAs(DemoDirectory.SocialWorker);

        var home = Render<Home>();
        const string Reminder = "Insatsen är inte verkställd inom tre månader: rapportera till IVO";
        home.WaitForAssertion(() => Assert.Contains(Reminder, home.Markup, StringComparison.Ordinal));

        var page = Render<PlanWorkspace>(p => p.Add(x => x.PlanId, planId));
        page.WaitForElement($"[data-not-executed='{actionId}']");
        Assert.Contains("Ej verkställd", page.Find($"[data-not-executed='{actionId}']").TextContent, StringComparison.Ordinal);

        var picker = page.FindComponents<MudDatePicker>().Single(d => d.Instance.Label == "Rapporterad till IVO den");
        await page.InvokeAsync(() => picker.Instance.DateChanged.InvokeAsync(new DateTime(2027, 3, 22, 0, 0, 0, DateTimeKind.Unspecified)));
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Registrera rapport till IVO").Click();

        var reported = $"Rapporterad till IVO {Sip.Web.Components.Glossary.Date(new DateOnly(2027, 3, 22))}";
        page.WaitForAssertion(() => Assert.Contains(reported, page.Markup, StringComparison.Ordinal));
        var stored = Query(db => db.Plans.SelectMany(p => p.Actions).Single(a => a.Id == actionId).ReportedToIvoOn);
        Assert.Equal(new DateOnly(2027, 3, 22), stored);
        Assert.Contains("Ej verkställd", page.Find($"[data-not-executed='{actionId}']").TextContent, StringComparison.Ordinal);
    }
}
