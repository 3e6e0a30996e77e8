using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sip.Application.Features.Audit;
using Sip.Application.Features.Directory;
using Sip.Application.Features.Policies;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>The SIP-stödjare's process view and the administrator's directory and county policy.</summary>
public sealed class AdministrationTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task A_sip_stodjare_sees_the_areas_plans_as_process_data_without_identity_or_free_text(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var support = await app.SignedInAsync(DemoDirectory.SipSupport);

        using var response = await support.GetAsync("/api/v1/area/plans");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var page = JsonSerializer.Deserialize<AreaPlanPage>(text, Json.Options)!;
        Assert.Equal(11, page.TotalCount);
        var established = Assert.Single(page.Items, p => p.Status == PlanStatus.Established);
        Assert.Equal("Beroendemottagningen Östersund", established.OverallResponsibleUnitName);
        Assert.NotNull(established.EstablishedAt);
        var placed = Assert.Single(page.Items, p => p.ReferenceNumber == "SIP-2026-000004");
        Assert.Equal(new DateOnly(2026, 11, 27), placed.FirstMeetingDueOn);
        Assert.Null(placed.FirstMeetingAt);
        foreach (var secret in new[] { "Mikael", "Öhrn", "Jonas Berglund", "Elin", "Alva", "19850314", "198503149828", "Alkoholberoende",
            "egen lägenhet", "cannabis" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_administrator_adds_a_unit_and_a_user_who_can_then_sign_in(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var admin = await app.SignedInAsync(DemoDirectory.Administrator);
        var hsa = $"SE2321000206-T{Random.Shared.Next(1000, 9999)}";

        using var unitResponse = await admin.PostJsonAsync("/api/v1/units",
            new
            {
                organizationId = DemoDirectory.RegionJh,
                name = $"Hälsocentralen Test {hsa}",
                kind = "PrimaryCare",
                hsaId = hsa,
                invitationMailbox = "test.sip@example.se"
            });
        Assert.Equal(HttpStatusCode.Created, unitResponse.StatusCode);
        var unit = (await unitResponse.Content.ReadFromJsonAsync<UnitView>(Json.Options))!;
        Assert.Equal("Region Jämtland Härjedalen", unit.OrganizationName);

        using var userResponse = await admin.PostJsonAsync("/api/v1/users",
            new { userName = $"test.{hsa}", displayName = "Test Sköterska", role = "HealthcareStaff", unitIds = new[] { unit.Id } });
        Assert.Equal(HttpStatusCode.Created, userResponse.StatusCode);
        var user = (await userResponse.Content.ReadFromJsonAsync<UserView>(Json.Options))!;

        using var newcomer = await app.SignedInAsync(user.Id);
        var units = await newcomer.GetFromJsonAsync<List<UnitView>>(new Uri($"/api/v1/units?search={hsa}", UriKind.Relative), Json.Options);
        Assert.Equal(unit.Id, Assert.Single(units!).Id);

        using var duplicate = await admin.PostJsonAsync("/api/v1/units",
            new { organizationId = DemoDirectory.RegionJh, name = "Dubblett", kind = "PrimaryCare", hsaId = hsa });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal("HSA-id finns redan på en annan enhet.",
            (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("hsaId")[0].GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_change_in_the_directory_takes_effect_on_the_users_live_session(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var admin = await app.SignedInAsync(DemoDirectory.Administrator);
        var name = $"byte.{Guid.NewGuid():N}"[..20];
        using var created = await admin.PostJsonAsync("/api/v1/users",
            new
            {
                userName = name,
                displayName = "Flytt Sköterska",
                role = "HealthcareStaff",
                unitIds = new[] { DemoDirectory.HalsocentralenOdenslund }
            });
        var user = (await created.Content.ReadFromJsonAsync<UserView>(Json.Options))!;
        using var session = await app.SignedInAsync(user.Id);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/v1/inbox")).StatusCode);

        // Bad input: every field named at once, nothing changed.
        using var invalid = await admin.PutJsonAsync($"/api/v1/users/{user.Id}",
            new { displayName = "", role = "HealthcareStaff", unitIds = Array.Empty<Guid>(), isActive = true });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(["displayName", "unitIds"],
            (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());

        // Made a SIP-stödjare: the same cookie now gets the stödjare's rights and loses the clinic's.
        using var promoted = await admin.PutJsonAsync($"/api/v1/users/{user.Id}",
            new { displayName = "Flytt Sköterska", role = "SipSupport", areaOrganizationId = DemoDirectory.Ostersund, isActive = true });
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/api/v1/inbox")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/v1/area/plans")).StatusCode);

        // Deactivated: signed out at the next request.
        using var deactivated = await admin.PutJsonAsync($"/api/v1/users/{user.Id}",
            new { displayName = "Flytt Sköterska", role = "SipSupport", areaOrganizationId = DemoDirectory.Ostersund, isActive = false });
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/v1/area/plans")).StatusCode);

        // The administrator cannot lock the county out by deactivating themself.
        using var self = await admin.PutJsonAsync($"/api/v1/users/{DemoDirectory.Administrator}",
            new { displayName = "Johan Ek", role = "Administrator", isActive = false });
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Equal("Du kan inte inaktivera ditt eget konto.",
            (await self.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("isActive")[0].GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_administrator_renames_a_unit_and_takes_it_out_of_use(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var admin = await app.SignedInAsync(DemoDirectory.Administrator);
        var hsa = $"SE2321000206-U{Random.Shared.Next(1000, 9999)}";
        using var created = await admin.PostJsonAsync("/api/v1/units",
            new { organizationId = DemoDirectory.RegionJh, name = "Hälsocentralen Gammal", kind = "PrimaryCare", hsaId = hsa });
        var unit = (await created.Content.ReadFromJsonAsync<UnitView>(Json.Options))!;

        using var taken = await admin.PutJsonAsync($"/api/v1/units/{unit.Id}",
            new { name = "Annan", kind = "PrimaryCare", hsaId = "SE2321000206-H014", isActive = true });
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Equal("HSA-id finns redan på en annan enhet.",
            (await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("hsaId")[0].GetString());

        using var renamed = await admin.PutJsonAsync($"/api/v1/units/{unit.Id}",
            new { name = "Hälsocentralen Ny", kind = "PrimaryCare", hsaId = hsa, isActive = false });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var changed = (await renamed.Content.ReadFromJsonAsync<UnitView>(Json.Options))!;
        Assert.Equal(("Hälsocentralen Ny", false, "Region Jämtland Härjedalen"),
            (changed.Name, changed.IsActive, changed.OrganizationName));
        var active = await admin.GetFromJsonAsync<List<UnitView>>(new Uri($"/api/v1/units?search={hsa}", UriKind.Relative), Json.Options);
        Assert.Empty(active!);

        using var missing = await admin.PutJsonAsync($"/api/v1/units/{Guid.NewGuid()}",
            new { name = "X", kind = "PrimaryCare", isActive = true });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_administrator_changes_the_county_policy_within_the_agreements_limits(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var admin = await app.SignedInAsync(DemoDirectory.Administrator);
        var before = await admin.GetFromJsonAsync<CountyPolicyView>(new Uri("/api/v1/county-policy", UriKind.Relative), Json.Options);

        using var invalid = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Put, new Uri("/api/v1/county-policy", UriKind.Relative))
        {
            Content = JsonContent.Create(
                new
                {
                    invitationResponseWorkingDays = 0,
                    daysToFirstMeeting = 21,
                    actionAcceptanceWorkingDays = 5,
                    followUpIntervalDays = 90,
                    sipMeetingDaysAfterPlacement = 8,
                    costAllocationWorkingDaysAfterAcutePlacement = 11,
                    reminderDaysAfterDeadline = new[] { 1, 1 }
                }),
        });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["costAllocationWorkingDaysAfterAcutePlacement", "invitationResponseWorkingDays", "reminderDaysAfterDeadline",
            "sipMeetingDaysAfterPlacement"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(before,
            await admin.GetFromJsonAsync<CountyPolicyView>(new Uri("/api/v1/county-policy", UriKind.Relative), Json.Options),
            new PolicyComparer());

        using var changed = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Put, new Uri("/api/v1/county-policy", UriKind.Relative))
        {
            Content = JsonContent.Create(
                new
                {
                    invitationResponseWorkingDays = 3,
                    daysToFirstMeeting = 14,
                    actionAcceptanceWorkingDays = 4,
                    followUpIntervalDays = 60,
                    sipMeetingDaysAfterPlacement = 7,
                    costAllocationWorkingDaysAfterAcutePlacement = 10,
                    reminderDaysAfterDeadline = new[] { 5, 1 }
                }),
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var after = await admin.GetFromJsonAsync<CountyPolicyView>(new Uri("/api/v1/county-policy", UriKind.Relative), Json.Options);
        Assert.Equal(14, after!.DaysToFirstMeeting);
        Assert.Equal([1, 5], after.ReminderDaysAfterDeadline);

        try
        {
            // A plan started now gets the new deadline.
            using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
            using var started = await social.PostJsonAsync("/api/v1/plans",
                new
                {
                    initiatingUnitId = DemoDirectory.VuxenenhetenOstersund,
                    externalCaseReference = $"POL-{Guid.NewGuid():N}",
                    origin = "SocialServicesCase",
                    personalIdentityNumber = "19780923-9846",
                    personName = "Policy Testsson",
                    reason = "Test."
                });
            var planId = (await started.Content.ReadFromJsonAsync<Sip.Application.Features.Plans.PlanStarted>(Json.Options))!.PlanId;
            var plan = await social.GetFromJsonAsync<Sip.Application.Features.Plans.PlanDetail>(
                new Uri($"/api/v1/plans/{planId}", UriKind.Relative), Json.Options);
            Assert.Equal(new DateOnly(2026, 12, 7), plan!.FirstMeetingDueOn);
        }
        finally
        {
            using var restore = await admin.SendAsync(
                new HttpRequestMessage(HttpMethod.Put,
                    new Uri("/api/v1/county-policy", UriKind.Relative))
                { Content = JsonContent.Create(before) });
            Assert.Equal(HttpStatusCode.OK, restore.StatusCode);
        }
    }

    private sealed class PolicyComparer : IEqualityComparer<CountyPolicyView?>
    {
        public bool Equals(CountyPolicyView? x, CountyPolicyView? y) =>
            x is not null && y is not null
            && x with { ReminderDaysAfterDeadline = [], EscalationSteps = [] }
                == y with { ReminderDaysAfterDeadline = [], EscalationSteps = [] }
            && x.ReminderDaysAfterDeadline.SequenceEqual(y.ReminderDaysAfterDeadline)
            && x.EscalationSteps.SequenceEqual(y.EscalationSteps);

        public int GetHashCode(CountyPolicyView? obj) => obj?.Id.GetHashCode() ?? 0;
    }
}

/// <summary>Moves its app's clock forward, so it has an app of its own.</summary>
public sealed class AreaOverdueTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task The_area_view_marks_a_plan_overdue_when_the_week_after_a_placement_passes_without_a_meeting(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var support = await app.SignedInAsync(DemoDirectory.SipSupport);
        var before = await support.GetFromJsonAsync<AreaPlanPage>(new Uri("/api/v1/area/plans?onlyOverdue=true", UriKind.Relative),
            Json.Options);
        Assert.DoesNotContain(before!.Items, p => p.ReferenceNumber == "SIP-2026-000004");

        // 28 November: the SIP after the placement of 20 November was due on the 27th.
        // The 8-hour session has expired by then, so the stödjare signs in again.
        app.Clock.Advance(TimeSpan.FromDays(5));
        using var nextSession = await app.SignedInAsync(DemoDirectory.SipSupport);
        var after = await nextSession.GetFromJsonAsync<AreaPlanPage>(new Uri("/api/v1/area/plans?onlyOverdue=true", UriKind.Relative),
            Json.Options);
        var overdue = Assert.Single(after!.Items, p => p.ReferenceNumber == "SIP-2026-000004");
        Assert.True(overdue.IsOverdue);
        Assert.All(after.Items, p => Assert.True(p.IsOverdue));
    }
}
