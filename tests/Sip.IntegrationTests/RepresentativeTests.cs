using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sip.Application.Features;
using Sip.Application.Features.Plans;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;
using Sip.Infrastructure.Notifications;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Rule 25 over HTTP (`001_e75995cb8a47fbaf.txt`: "nedsatt autonomi kräver särskild hänsyn"): an
/// ombud consents within the fullmakt and while it is valid, and the consent says who gave it; the
/// need of a tolk stands with every meeting and in the kallelse to a unit.
/// </summary>
public sealed class RepresentativeTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task An_ombud_consents_within_the_fullmakt_and_not_outside_it_nor_after_it_ends(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var plan = await Scenarios.StartWithConsentAsync(social, "Ombud Testsson", "19720805-9845");
        var today = SwedishTime.Today(app.Clock.GetUtcNow());
        var version = plan.Version;
        async Task<Guid> InviteAsync(string kind, string name, bool coversConsent, DateOnly? validUntil)
        {
            var changed = await ChangeAsync(social.PostJsonAsync($"/api/v1/plans/{plan.PlanId}/participants", new
            {
                expectedVersion = version,
                kind,
                name,
                mandateScope = "Företräda mig hos socialtjänst och vård",
                mandateCoversConsent = coversConsent,
                mandateValidUntil = validUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }));
            version = changed.Version;
            return changed.CreatedId!.Value;
        }

        var ombud = await InviteAsync("Ombud", "Ali Said", coversConsent: true, validUntil: today);
        var property = await InviteAsync("Forvaltare", "Per Ås", coversConsent: false, validUntil: null);
        HttpRequestMessage Consent(Guid by) => new(HttpMethod.Post, $"/api/v1/plans/{plan.PlanId}/consents")
        {
            Content = JsonContent.Create(new
            {
                expectedVersion = version,
                givenBy = "Representative",
                form = "Written",
                representativeParticipantId = by,
                scopeOrganizationIds = new[] { DemoDirectory.Ostersund, DemoDirectory.RegionJh },
            }),
        };

        // No mandate without a scope: a 422 with the rule's code, in Swedish.
        using (var bare = await social.PostJsonAsync(
            $"/api/v1/plans/{plan.PlanId}/participants", new { expectedVersion = version, kind = "GodMan", name = "Gun Ek" }))
        {
            Assert.Equal(PlanErrors.MandateRequired, await CodeAsync(bare));
        }

        using (var outside = await social.SendAsync(Consent(property)))
        {
            Assert.Equal(PlanErrors.ConsentOutsideMandate, await CodeAsync(outside));
        }

        var given = await ChangeAsync(social.SendAsync(Consent(ombud)));
        version = given.Version;
        var detail = (await social.GetFromJsonAsync<PlanDetail>(new Uri($"/api/v1/plans/{plan.PlanId}", UriKind.Relative), Json.Options))!;
        var consent = detail.Consents.Single(c => c.Id == given.CreatedId);
        Assert.Equal(
            (ConsentGiver.Representative, "Ali Said", (ParticipantKind?)ParticipantKind.Ombud),
            (consent.GivenBy, consent.RepresentativeName, consent.RepresentativeCapacity));
        Assert.Equal(today, detail.Participants.Single(p => p.Id == ombud).Mandate!.ValidUntil);

        // The fullmakt held to and with today; tomorrow it no longer does.
        // The sign-in of yesterday has run out as well: sign in again.
        app.Clock.Advance(TimeSpan.FromDays(1));
        using var tomorrow = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var expired = await tomorrow.SendAsync(Consent(ombud));
        Assert.Equal(PlanErrors.ConsentMandateExpired, await CodeAsync(expired));
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_need_of_a_tolk_is_on_every_meeting_and_in_the_kallelse_to_a_unit(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var plan = await Scenarios.StartWithConsentAsync(social, "Tolk Testsson", "19720805-9845");
        var url = $"/api/v1/plans/{plan.PlanId}/communication-need";

        using (var missing = await social.PutJsonAsync(url, new { expectedVersion = plan.Version, interpreterNeeded = true }))
        {
            Assert.Equal(PlanErrors.InterpreterLanguageRequired, await CodeAsync(missing));
        }

        var version = (await ChangeAsync(social.PutJsonAsync(
            url,
            new { expectedVersion = plan.Version, interpreterNeeded = true, language = "arabiska", otherSupport = "Bildstöd" }))).Version;
        version = (await ChangeAsync(social.PostJsonAsync($"/api/v1/plans/{plan.PlanId}/meetings", new
        {
            expectedVersion = version,
            startsAt = app.Clock.GetUtcNow().AddDays(3),
            durationMinutes = 60,
            location = "Rådhusgatan 42, Östersund",
        }))).Version;
        await ChangeAsync(social.PostJsonAsync(
            $"/api/v1/plans/{plan.PlanId}/participants",
            new { expectedVersion = version, kind = "PrincipalUnit", unitId = DemoDirectory.BeroendemottagningenOstersund }));

        var detail = (await social.GetFromJsonAsync<PlanDetail>(new Uri($"/api/v1/plans/{plan.PlanId}", UriKind.Relative), Json.Options))!;
        var expected = new PlanDetail.CommunicationNeedItem(true, "arabiska", "Bildstöd");
        Assert.Equal(expected, detail.CommunicationNeed);
        Assert.Equal(expected, Assert.Single(detail.Meetings).CommunicationNeed);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        }

        var kallelse = Assert.Single(
            Directory.GetFiles(app.MailFolder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f)),
            m => m.Subject == $"{plan.ReferenceNumber}: kallelse till samordnad individuell plan");
        Assert.Equal("beroende.sip@example.se", kallelse.To.ToString());
        Assert.Contains("Tolk behövs vid mötena: arabiska.", kallelse.TextBody, StringComparison.Ordinal);

        // What other support the person needs may say something of their health: the mail only points to the plan.
        Assert.DoesNotContain("Bildstöd", kallelse.TextBody, StringComparison.Ordinal);
    }

    private static async Task<PlanChanged> ChangeAsync(Task<HttpResponseMessage> sent)
    {
        using var response = await sent;
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!;
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("code").GetString();
    }
}
