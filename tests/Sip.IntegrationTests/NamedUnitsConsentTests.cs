using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sip.Application.Features;
using Sip.Application.Features.Inbox;
using Sip.Application.Features.Plans;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Rule 30 over HTTP (`003_9b00c26baacd0f3a.txt`: "sekretess mellan nämnder"): a consent narrowed to
/// named units of the municipality shuts its other units out at once, as a withdrawal does (rule 13):
/// the plan is a 404, gone from their list and inbox, and no other unit of it can be summoned.
/// </summary>
public sealed class NamedUnitsConsentTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task A_consent_narrowed_to_named_units_shuts_the_municipalitys_other_unit_out_at_once(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var youth = await app.SignedInAsync(DemoDirectory.YouthSocialWorker);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        var plan = await Scenarios.StartWithClinicAsync(social, "Nämnd Testsson", "19720805-9845");
        var version = await ChangeAsync(social.PostJsonAsync(
            $"/api/v1/plans/{plan.PlanId}/participants",
            new { expectedVersion = plan.Version, kind = "PrincipalUnit", unitId = DemoDirectory.BarnOchFamiljOstersund }));
        var path = $"/api/v1/plans/{plan.PlanId}";
        Assert.Equal(HttpStatusCode.OK, (await youth.GetAsync(path)).StatusCode);
        Assert.Contains((await ListAsync(youth)).Items, p => p.Id == plan.PlanId);
        Assert.Contains((await InboxAsync(youth)).Items, i => i.PlanId == plan.PlanId);

        version = await ChangeAsync(social.PostJsonAsync($"/api/v1/plans/{plan.PlanId}/consents", new
        {
            expectedVersion = version,
            givenBy = "Person",
            form = "Written",
            scopeOrganizationIds = new[] { DemoDirectory.Ostersund, DemoDirectory.RegionJh },
            scopeUnitIds = new[] { DemoDirectory.VuxenenhetenOstersund },
            nextOfKinMayTakePart = false,
        }));

        using (var hidden = await youth.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Assert.DoesNotContain("Nämnd", await hidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain((await ListAsync(youth)).Items, p => p.Id == plan.PlanId);
        Assert.DoesNotContain((await InboxAsync(youth)).Items, i => i.PlanId == plan.PlanId);

        // The region was not narrowed: the clinic keeps the plan; the initiating unit keeps it too.
        Assert.Equal(HttpStatusCode.OK, (await nurse.GetAsync(path)).StatusCode);
        var detail = (await social.GetFromJsonAsync<PlanDetail>(new Uri(path, UriKind.Relative), Json.Options))!;
        Assert.Equal([DemoDirectory.VuxenenhetenOstersund], detail.Consents[^1].ScopeUnitIds!);

        using var outside = await social.PostJsonAsync(
            $"/api/v1/plans/{plan.PlanId}/participants",
            new { expectedVersion = version, kind = "PrincipalUnit", unitId = DemoDirectory.KommunalHsvOstersund });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        Assert.Equal(PlanErrors.OrganizationOutsideConsent, (await Json422Async(outside)).GetProperty("code").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_named_unit_outside_the_organisations_of_the_consent_is_a_422_and_an_unknown_one_a_400(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var plan = await Scenarios.StartWithConsentAsync(social, "Nämnd Testsson", "19720805-9845");
        object Consent(Guid unit) => new
        {
            expectedVersion = plan.Version,
            givenBy = "Person",
            form = "Written",
            scopeOrganizationIds = new[] { DemoDirectory.Ostersund },
            scopeUnitIds = new[] { DemoDirectory.VuxenenhetenOstersund, unit },
        };

        using var outside = await social.PostJsonAsync(
            $"/api/v1/plans/{plan.PlanId}/consents", Consent(DemoDirectory.BeroendemottagningenOstersund));
        Assert.Equal(PlanErrors.ConsentScopeUnitOutsideOrganization, (await Json422Async(outside)).GetProperty("code").GetString());
        using var unknown = await social.PostJsonAsync($"/api/v1/plans/{plan.PlanId}/consents", Consent(Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("En av enheterna finns inte.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<int> ChangeAsync(Task<HttpResponseMessage> sent)
    {
        using var response = await sent;
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!.Version;
    }

    private static async Task<JsonElement> Json422Async(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, text);
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<PlanPage> ListAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<PlanPage>(new Uri("/api/v1/plans?scope=Unit&pageSize=100", UriKind.Relative), Json.Options))!;

    private static async Task<UnitInbox> InboxAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<UnitInbox>(new Uri("/api/v1/inbox?pageSize=200", UriKind.Relative), Json.Options))!;
}
