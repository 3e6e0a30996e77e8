using Microsoft.EntityFrameworkCore;
using MudBlazor;
using Sip.Application.Features.Directory;
using Sip.Domain.Organizations;
using Sip.Domain.Plans;
using Sip.Infrastructure.Seeding;
using Sip.Web.Components.Pages;

namespace Sip.Web.Tests;

/// <summary>
/// The Deltagare tab of the demo plan whose kallelse to Beroendemottagningen is unanswered: a god man is
/// invited with the mandate and shown with it (rule 25); the summoned unit forwards its kallelse and the
/// initiating unit withdraws one (rule 7b). Each refuses bad input in Swedish and saves nothing.
/// </summary>
public sealed class ParticipantsTabTests : ComponentTest
{
    private const string Reference = "SIP-2026-000002";

    [Fact]
    public async Task A_god_man_is_invited_with_the_mandate_and_shown_with_what_it_covers()
    {
        SignInAs(DemoDirectory.SocialWorker);
        var (planId, page) = Open();
        var before = Query(db => db.Plans.Include(p => p.Participants).Single(p => p.Id == planId).Participants.Count);

        var kind = page.FindComponents<MudRadioGroup<ParticipantKind>>().Single();
        await page.InvokeAsync(() => kind.Instance.ValueChanged.InvokeAsync(ParticipantKind.GodMan));
        await page.InvokeAsync(() => Button(page, "Skicka kallelse").Click());

        page.WaitForAssertion(() => Assert.Contains("Ange namnet på den som bjuds in.", page.Markup, StringComparison.Ordinal));
        Assert.Equal(before, Query(db => db.Plans.Include(p => p.Participants).Single(p => p.Id == planId).Participants.Count));

        await Type(page, "Namn", "Göran Godman");
        await Type(page, "Uppdragets omfattning enligt beslutet eller fullmakten", "Bevaka rätt och sörja för person.");
        var covers = page.FindComponents<MudCheckBox<bool>>().Single(c => c.Instance.Label == "Uppdraget omfattar att sörja för person");
        await page.InvokeAsync(() => covers.Instance.ValueChanged.InvokeAsync(true));
        await page.InvokeAsync(() => Button(page, "Skicka kallelse").Click());

        page.WaitForAssertion(
            () => Assert.Contains("Uppdrag: Bevaka rätt och sörja för person.", page.Markup, StringComparison.Ordinal));
        var row = page.FindAll("tr").Single(r => r.TextContent.Contains("Göran Godman", StringComparison.Ordinal)).TextContent;
        Assert.Contains("God man", row, StringComparison.Ordinal);
        Assert.Contains("Får lämna och återkalla samtycke.", row, StringComparison.Ordinal);
        Assert.True(Query(db => db.Plans.Include(p => p.Participants).Single(p => p.Id == planId).Participants
            .Single(p => p.DisplayName == "Göran Godman").Mandate!.CoversConsent));
    }

    [Fact]
    public async Task The_summoned_unit_forwards_its_kallelse_to_the_right_unit_with_a_reason()
    {
        SignInAs(DemoDirectory.Nurse);
        var (planId, page) = Open();
        await page.InvokeAsync(() => Button(page, "Vidarebefordra kallelse").Click());
        page.WaitForAssertion(() => Assert.Contains(
            "Kom kallelsen till fel enhet går den vidare till rätt enhet hos samma huvudman.", page.Markup, StringComparison.Ordinal));

        await page.InvokeAsync(() => Button(page, "Vidarebefordra").Click());

        page.WaitForAssertion(() => Assert.Contains("Välj den enhet som kallelsen ska gå till.", page.Markup, StringComparison.Ordinal));
        Assert.Contains("Ange varför kallelsen ska till en annan enhet.", page.Markup, StringComparison.Ordinal);
        Assert.Equal(InvitationState.Invited, Clinic(planId));

        var psychiatry = new UnitView(
            DemoDirectory.PsykiatriskaOppenvarden, "Psykiatriska öppenvårdsmottagningen Östersund", UnitKind.PsychiatryAndDependence,
            DemoDirectory.RegionJh, "Region Jämtland Härjedalen", OrganizationKind.Region, null, null, true, OrganizationKind.Region);
        var to = page.FindComponents<MudAutocomplete<UnitView>>().Single(a => a.Instance.Label == "Enhet som ska kallas i stället");
        await page.InvokeAsync(() => to.Instance.ValueChanged.InvokeAsync(psychiatry));
        await Type(page, "Skäl", "Psykiatrin ska kallas.");
        await page.InvokeAsync(() => Button(page, "Vidarebefordra").Click());

        page.WaitForAssertion(() => Assert.Equal(InvitationState.Forwarded, Clinic(planId)));
        Assert.Equal(
            InvitationState.Invited,
            Query(db => db.Plans.Include(p => p.Participants).Single(p => p.Id == planId).Participants
                .Single(p => p.UnitId == DemoDirectory.PsykiatriskaOppenvarden).State));
    }

    [Fact]
    public async Task The_initiating_unit_withdraws_a_kallelse_with_a_reason_and_the_row_says_so()
    {
        SignInAs(DemoDirectory.SocialWorker);
        var (planId, page) = Open();
        await page.InvokeAsync(() => Button(page, "Återkalla kallelse").Click());

        await page.InvokeAsync(() => Button(page, "Återkalla").Click());

        page.WaitForAssertion(() => Assert.Contains("Ange varför kallelsen återkallas.", page.Markup, StringComparison.Ordinal));
        Assert.Equal(InvitationState.Invited, Clinic(planId));

        await Type(page, "Skäl", "Kallad av misstag.");
        await page.InvokeAsync(() => Button(page, "Återkalla").Click());

        page.WaitForAssertion(() => Assert.Equal(InvitationState.Withdrawn, Clinic(planId)));
        page.WaitForAssertion(() => Assert.Contains(
            page.FindAll("tr").Select(r => r.TextContent),
            row => row.Contains("Beroendemottagningen Östersund", StringComparison.Ordinal)
                && row.Contains("Kallelsen återkallad", StringComparison.Ordinal)));
    }

    private (Guid PlanId, IRenderedComponent<PlanWorkspace> Page) Open()
    {
        var planId = Query(db => db.Plans.Single(p => p.ReferenceNumber == Reference).Id);
        var page = Render<PlanWorkspace>(p => p.Add(x => x.PlanId, planId));
        page.WaitForAssertion(() => Assert.Contains("Beroendemottagningen Östersund", page.Markup, StringComparison.Ordinal));
        return (planId, page);
    }

    private InvitationState Clinic(Guid planId) => Query(db => db.Plans.Include(p => p.Participants)
        .Single(p => p.Id == planId).Participants
        .Where(p => p.UnitId == DemoDirectory.BeroendemottagningenOstersund).OrderBy(p => p.InvitedAt).Last().State);

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<PlanWorkspace> page, string text) =>
        page.FindAll("button").Single(b => b.TextContent.Trim() == text);

    private static Task Type(IRenderedComponent<PlanWorkspace> page, string label, string value)
    {
        // Other tabs have a "Skäl" of their own; the open form's field is the one showing its error.
        var fields = page.FindComponents<MudTextField<string>>().Where(f => f.Instance.Label == label).ToList();
        var field = fields.Count == 1 ? fields[0] : fields.Single(f => f.Markup.Contains("mud-input-error", StringComparison.Ordinal));
        return page.InvokeAsync(() => field.Instance.ValueChanged.InvokeAsync(value));
    }
}
