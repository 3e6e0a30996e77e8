using Microsoft.EntityFrameworkCore;
using Sip.Domain.Plans;
using Sip.Infrastructure.Seeding;
using Sip.Web.Components.Inbox;

namespace Sip.Web.Tests;

/// <summary>The unit's inbox: invitations and insatser answered in place, a rejection only with a reason.</summary>
public sealed class InboxTests : ComponentTest
{
    [Fact]
    public void The_nurse_accepts_the_invitation_in_place_and_it_leaves_the_inbox()
    {
        SignInAs(DemoDirectory.Nurse);
        var inbox = Render<InboxPanel>();
        var accept = "button[aria-label='Acceptera kallelse i SIP-2026-000002']";
        inbox.WaitForElement(accept);

        inbox.Find(accept).Click();

        inbox.WaitForAssertion(() => Assert.Empty(inbox.FindAll(accept)));
        var state = Query(db => db.Plans.Where(p => p.ReferenceNumber == "SIP-2026-000002").SelectMany(p => p.Participants)
            .Single(p => p.UnitId == DemoDirectory.BeroendemottagningenOstersund).State);
        Assert.Equal(InvitationState.Accepted, state);
    }

    [Fact]
    public void Rejecting_an_insats_without_a_reason_is_refused_at_the_field_and_with_one_it_goes_back_to_the_proposer()
    {
        SignInAs(DemoDirectory.Nurse);
        var inbox = Render<InboxPanel>();
        inbox.WaitForElement("button[aria-label='Avvisa SIP-2026-000002']").Click();

        Send(inbox);
        inbox.WaitForAssertion(
            () => Assert.Contains("Ange skälet till att insatsen inte accepteras.", inbox.Markup, StringComparison.Ordinal));
        Assert.Equal(ActionStatus.Proposed, ClinicActionStatus());

        inbox.Find("textarea").Change("Abstinensbehandlingen görs på hälsocentralen.");
        Send(inbox);

        inbox.WaitForAssertion(() => Assert.Equal(ActionStatus.Rejected, ClinicActionStatus()));
        var reason = Query(db => db.Plans.Where(p => p.ReferenceNumber == "SIP-2026-000002").SelectMany(p => p.Actions)
            .Single(a => a.OwningUnitId == DemoDirectory.BeroendemottagningenOstersund).RejectionReason);
        Assert.Equal("Abstinensbehandlingen görs på hälsocentralen.", reason);
    }

    [Fact]
    public void The_inbox_says_how_many_of_each_kind_wait_and_which_of_them_the_page_shows()
    {
        SignInAs(DemoDirectory.Nurse);
        var inbox = Render<InboxPanel>();
        inbox.WaitForElement("[data-inbox-counts]");

        Assert.Equal(["Kallelse: 1", "Insats att besvara: 1"], inbox.FindAll("[data-inbox-count]").Select(c => c.TextContent.Trim()));
        Assert.Equal("1–2 av 2", inbox.Find("[data-inbox-range]").TextContent.Trim());
        Assert.Equal(2, inbox.FindAll("[data-inbox-item]").Count);

        // One page holds them all, so there is nothing to page through.
        Assert.Empty(inbox.FindAll("[data-inbox-pager] nav"));
    }

    // The form's button is waited for rather than looked up at once: the panel may render again
    // between the click that opens the form and the next look (seen once in CI).
    private static void Send(IRenderedComponent<InboxPanel> inbox)
    {
        inbox.WaitForAssertion(() => Assert.Single(inbox.FindAll("button"), b => b.TextContent.Trim() == "Skicka"));
        inbox.FindAll("button").Single(b => b.TextContent.Trim() == "Skicka").Click();
    }

    private ActionStatus ClinicActionStatus() =>
        Query(db => db.Plans.Where(p => p.ReferenceNumber == "SIP-2026-000002").SelectMany(p => p.Actions)
            .Single(a => a.OwningUnitId == DemoDirectory.BeroendemottagningenOstersund).Status);
}
