using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sip.Infrastructure.Notifications;
using Sip.Infrastructure.Seeding;
using Sip.Web.Components.Pages;

namespace Sip.Web.Tests;

/// <summary>
/// A month on in the demo county with nothing answered: the reminders show on the start page until
/// the item is done, and the SIP-stödjare sees hers without a name, a personnummer or a way into the plan.
/// </summary>
public sealed class ReminderTests : ComponentTest
{
    private const string ClinicSummons = "[data-reminder='InvitationUnanswered:SIP-2026-000002']";

    [Fact]
    public async Task Answering_the_summons_in_the_inbox_takes_its_reminder_off_the_start_page()
    {
        await AMonthLaterAsync();
        SignInAs(DemoDirectory.Nurse);
        var home = Render<Home>();
        home.WaitForElement(ClinicSummons);
        Assert.Contains("Kallelsen är obesvarad", home.Find(ClinicSummons).TextContent, StringComparison.Ordinal);
        Assert.NotNull(home.Find($"{ClinicSummons} a[href^='/planer/']"));

        home.WaitForElement("button[aria-label='Acceptera kallelse i SIP-2026-000002']").Click();

        home.WaitForAssertion(() => Assert.Empty(home.FindAll(ClinicSummons)));
    }

    [Fact]
    public async Task The_sip_stödjare_sees_escalations_by_reference_only()
    {
        await AMonthLaterAsync();
        SignInAs(DemoDirectory.SipSupport);
        var home = Render<Home>();
        home.WaitForElement("[data-reminder]");

        Assert.Contains("Eskalerad", home.Find("#reminders-heading").ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Empty(home.FindAll("[data-reminder] a"));
        // The demo's person without personnummer is named by the reservnummer (rule 33); its digits are not shown either.
        var people = Query(db => db.Plans.Select(p => new { p.Person.FullName, p.Person.IdentityNumber, p.Person.ReserveNumber }).ToList());
        Assert.All(people, person =>
        {
            Assert.DoesNotContain(person.FullName, home.Markup, StringComparison.Ordinal);
            var number = person.IdentityNumber?.Value ?? person.ReserveNumber!.Value;
            Assert.DoesNotContain(number[2..8], home.Markup, StringComparison.Ordinal);
        });
    }

    /// <summary>Thirty days on, after the deadline scan has run.</summary>
    private async Task AMonthLaterAsync()
    {
        ((FakeTimeProvider)Services.GetRequiredService<TimeProvider>()).Advance(TimeSpan.FromDays(30));
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DeadlineScanner>().ScanAsync(CancellationToken.None);
    }
}
