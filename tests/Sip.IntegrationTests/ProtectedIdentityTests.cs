using System.Net.Http.Json;
using Sip.Application.Features;
using Sip.Application.Features.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Skyddad identitet: Vuxenenheten starts a plan for a person with protected identity and the
/// clinic takes part. The clinic sees the plan, the personnummer and the insatser, but not the
/// name, and cannot find the person by name; the initiating unit sees everything.
/// </summary>
public sealed class ProtectedIdentityTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task Only_the_initiating_unit_sees_the_name_of_a_person_with_protected_identity(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var started = await social.PostJsonAsync("/api/v1/plans",
            new
            {
                initiatingUnitId = DemoDirectory.VuxenenhetenOstersund,
                externalCaseReference = $"SK-{Guid.NewGuid():N}"[..20],
                origin = "SocialServicesCase",
                personalIdentityNumber = "19800101-9804",
                personName = "Tove Skyddadsson",
                hasProtectedIdentity = true,
                reason = "Samordning vid skyddad identitet."
            });
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
        var plan = (await started.Content.ReadFromJsonAsync<PlanStarted>(Json.Options))!;
        using var consent = await social.PostJsonAsync($"/api/v1/plans/{plan.PlanId}/consents",
            new
            {
                expectedVersion = 1,
                givenBy = "Person",
                form = "Written",
                scopeOrganizationIds = new[] { DemoDirectory.Ostersund, DemoDirectory.RegionJh },
                nextOfKinMayTakePart = false
            });
        var version = (await consent.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!.Version;
        using var invited = await social.PostJsonAsync($"/api/v1/plans/{plan.PlanId}/participants",
            new { expectedVersion = version, kind = "PrincipalUnit", unitId = DemoDirectory.BeroendemottagningenOstersund });
        var clinicParticipant = (await invited.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!;

        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        using var accepted = await nurse.PutJsonAsync($"/api/v1/plans/{plan.PlanId}/participants/{clinicParticipant.CreatedId}/response",
            new { expectedVersion = clinicParticipant.Version, accept = true });
        Assert.True(accepted.IsSuccessStatusCode,
            $"{(int)accepted.StatusCode} {accepted.RequestMessage!.RequestUri} {await accepted.Content.ReadAsStringAsync()}");

        var asClinic = (await nurse.GetFromJsonAsync<PlanDetail>(new Uri($"/api/v1/plans/{plan.PlanId}", UriKind.Relative), Json.Options))!;
        var asOwner = (await social.GetFromJsonAsync<PlanDetail>(new Uri($"/api/v1/plans/{plan.PlanId}", UriKind.Relative), Json.Options))!;
        Assert.Equal((ProtectedIdentity.Shown, "198001019804"), (asClinic.PersonName, asClinic.PersonalIdentityNumber));
        Assert.Equal("Tove Skyddadsson", asOwner.PersonName);

        var clinicList = await nurse.GetStringAsync(new Uri("/api/v1/plans/?scope=Unit&pageSize=200", UriKind.Relative));
        Assert.Contains(plan.ReferenceNumber, clinicList, StringComparison.Ordinal);
        Assert.DoesNotContain("Skyddadsson", clinicList, StringComparison.Ordinal);
        var byName = (await nurse.GetFromJsonAsync<PlanPage>(new Uri("/api/v1/plans/?scope=Unit&search=Skyddadsson", UriKind.Relative),
            Json.Options))!;
        Assert.Empty(byName.Items);
        var ownerByName = (await social.GetFromJsonAsync<PlanPage>(
            new Uri("/api/v1/plans/?scope=Unit&search=Skyddadsson", UriKind.Relative), Json.Options))!;
        Assert.Equal([plan.ReferenceNumber], ownerByName.Items.Select(i => i.ReferenceNumber));

        // The page the nurse opens names no one either.
        var page = System.Net.WebUtility.HtmlDecode(await nurse.GetStringAsync(new Uri($"/planer/{plan.PlanId}", UriKind.Relative)));
        Assert.Contains(ProtectedIdentity.Shown, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Skyddadsson", page, StringComparison.Ordinal);
    }
}
