using System.Net;
using System.Net.Http.Json;
using Sip.Application.Features;
using Sip.Application.Features.Inbox;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// The person withdraws consent: from the next request on, the clinic that took part sees nothing
/// of the plan — not the plan, its versions, its FHIR export or its page, not its item in the inbox,
/// not a change — while the initiating unit keeps it.
/// </summary>
public sealed class ConsentWithdrawalTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task A_withdrawn_consent_shuts_the_clinic_out_at_once(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        var plan = await Scenarios.StartWithClinicAsync(social, "Återkall Testsson", "19720805-9845");
        string[] reads = [$"/api/v1/plans/{plan.PlanId}", $"/api/v1/plans/{plan.PlanId}/versions", $"/api/v1/plans/{plan.PlanId}/fhir",
            $"/planer/{plan.PlanId}"];
        foreach (var path in reads)
        {
            using var before = await nurse.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            var body = System.Net.WebUtility.HtmlDecode(await before.Content.ReadAsStringAsync());

            // The plan is not established yet, so it has no versions to name the person in.
            Assert.True(path.EndsWith("/versions", StringComparison.Ordinal) || body.Contains("Återkall", StringComparison.Ordinal), path);
        }

        var inbox = (await nurse.GetFromJsonAsync<UnitInbox>(new Uri("/api/v1/inbox?pageSize=200", UriKind.Relative), Json.Options))!;
        Assert.Contains(inbox.Items, i => i.PlanId == plan.PlanId);

        using var withdrawn = await social.PostJsonAsync($"/api/v1/plans/{plan.PlanId}/consents/withdrawal",
            new { expectedVersion = plan.Version, note = "Personen vill inte längre att vården deltar." });
        var version = (await withdrawn.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!.Version;

        // The API and the export answer 404; the page renders "Ingen åtkomst" in place of the plan.
        foreach (var path in reads)
        {
            using var after = await nurse.GetAsync(new Uri(path, UriKind.Relative));
            var isPage = path.StartsWith("/planer/", StringComparison.Ordinal);
            var body = System.Net.WebUtility.HtmlDecode(await after.Content.ReadAsStringAsync());
            Assert.Equal(isPage ? HttpStatusCode.OK : HttpStatusCode.NotFound, after.StatusCode);
            Assert.True(!isPage || body.Contains(">Ingen åtkomst</h1>", StringComparison.Ordinal), path);
            Assert.DoesNotContain("Återkall", body, StringComparison.Ordinal);
        }

        using var answer = await nurse.PutJsonAsync($"/api/v1/plans/{plan.PlanId}/participants/{plan.ClinicParticipantId}/response",
            new { expectedVersion = version, accept = true });
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        inbox = (await nurse.GetFromJsonAsync<UnitInbox>(new Uri("/api/v1/inbox?pageSize=200", UriKind.Relative), Json.Options))!;
        Assert.DoesNotContain(inbox.Items, i => i.PlanId == plan.PlanId);
        using var owner = await social.GetAsync(new Uri($"/api/v1/plans/{plan.PlanId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    // The inbox tests each item's plan against the access rule on its own, rather than through the
    // list of visible plans; an insats owned by the clinic must leave with the invitation.
    [Theory, SqliteData, PostgresData]
    public async Task A_withdrawn_consent_takes_the_clinics_invitation_and_insats_out_of_its_inbox(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        var plan = await Scenarios.StartWithClinicAsync(social, "Insats Testsson", "19810412-9849");
        using var proposed = await social.PostJsonAsync($"/api/v1/plans/{plan.PlanId}/actions",
            new
            {
                expectedVersion = plan.Version,
                actionTypeCode = "region.laro",
                owningUnitId = DemoDirectory.BeroendemottagningenOstersund,
                description = "LARO-bedömning.",
                startOn = "2026-12-03"
            });
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var insats = (await proposed.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!;

        var inbox = (await nurse.GetFromJsonAsync<UnitInbox>(new Uri("/api/v1/inbox?pageSize=200", UriKind.Relative), Json.Options))!;
        Assert.Contains(inbox.Items, i => i.PlanId == plan.PlanId && i.Kind == InboxItemKind.InvitationToAnswer && i.ItemId
            == plan.ClinicParticipantId);
        Assert.Contains(inbox.Items, i => i.PlanId == plan.PlanId && i.Kind == InboxItemKind.ActionToAccept && i.ItemId
            == insats.CreatedId);

        using var withdrawn = await social.PostJsonAsync($"/api/v1/plans/{plan.PlanId}/consents/withdrawal",
            new { expectedVersion = insats.Version, note = "Personen vill inte längre att vården deltar." });
        withdrawn.EnsureSuccessStatusCode();

        var before = inbox;
        inbox = (await nurse.GetFromJsonAsync<UnitInbox>(new Uri("/api/v1/inbox?pageSize=200", UriKind.Relative), Json.Options))!;
        Assert.DoesNotContain(inbox.Items, i => i.PlanId == plan.PlanId);

        // Nor are they counted: the counts are a statement of their own, apart from the page.
        Assert.Equal(
            (before.Counts.InvitationsToAnswer - 1, before.Counts.ActionsToAccept - 1, before.TotalCount - 2),
            (inbox.Counts.InvitationsToAnswer, inbox.Counts.ActionsToAccept, inbox.TotalCount));
    }
}
