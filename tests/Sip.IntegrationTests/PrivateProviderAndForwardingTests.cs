using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Features;
using Sip.Application.Features.Directory;
using Sip.Application.Features.Plans;
using Sip.Domain.Actions;
using Sip.Domain.Calendar;
using Sip.Domain.Organizations;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Domain.Users;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Rule 23 (a private provider's unit acts for its contracting principal) and rule 7b (a wrongly
/// summoned unit forwards its kallelse, or the initiating unit withdraws it) over HTTP.
/// </summary>
public sealed class PrivateProviderAndForwardingTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static readonly Guid PrivateNurse = Guid.CreateVersion7();

    [Theory, SqliteData, PostgresData]
    public async Task A_private_halsocentral_as_the_regions_unit_establishes_the_plan_and_holds_overall_responsibility_by_policy(
        DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var (organizationId, unitId) = await PrivateHealthCentreAsync(app);
        var (planId, version) = await PlanWithPrivateUnitAsync(app, organizationId, unitId);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var overall = $"/api/v1/plans/{planId}/overall-responsibility";

        var refused = await ProblemAsync(
            await social.PutJsonAsync(overall, new { expectedVersion = version, unitId }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(PlanErrors.OverallResponsibleContractedProvider, refused.GetProperty("code").GetString());

        using (var admin = await app.SignedInAsync(DemoDirectory.Administrator))
        {
            using var changed = await admin.PutJsonAsync("/api/v1/county-policy", new
            {
                invitationResponseWorkingDays = 5,
                daysToFirstMeeting = 21,
                actionAcceptanceWorkingDays = 5,
                followUpIntervalDays = 90,
                sipMeetingDaysAfterPlacement = 7,
                costAllocationWorkingDaysAfterAcutePlacement = 10,
                reminderDaysAfterDeadline = new[] { 1, 5 },
                contractedProvidersMayHoldOverallResponsibility = true,
            });
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            var policy = await changed.Content.ReadAsStringAsync();
            Assert.Contains("\"contractedProvidersMayHoldOverallResponsibility\":true", policy, StringComparison.Ordinal);
        }

        version = await ChangedAsync(await social.PutJsonAsync(overall, new { expectedVersion = version, unitId }));
        using var established = await social.PostJsonAsync(
            $"/api/v1/plans/{planId}/establishment", new { expectedVersion = version, personParticipated = true, personApproved = true });
        Assert.Equal(HttpStatusCode.Created, established.StatusCode);
        var detail = await DetailAsync(app, DemoDirectory.SocialWorker, planId);
        Assert.Equal(PlanStatus.Established, detail.Status);
        Assert.Equal(unitId, detail.OverallResponsibleUnitId);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_wrongly_summoned_unit_forwards_its_kallelse_and_only_the_new_unit_is_chased(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var (planId, wrong, _) = await SummonedPlanAsync(app);

        // Days later the hälsocentral sees it was the wrong unit (the class's tests share the clock; sign-ins follow it).
        app.Clock.Advance(TimeSpan.FromDays(3));
        var today = SwedishTime.Today(app.Clock.GetUtcNow());
        using var nurse = await app.SignedInAsync(DemoDirectory.DistrictNurse);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var foreign = await app.SignedInAsync(DemoDirectory.ForeignSocialWorker);
        var url = $"/api/v1/plans/{planId}/participants/{wrong}/forwarding";

        var version = (await DetailAsync(app, DemoDirectory.SocialWorker, planId)).Version;
        var invalid = await ProblemAsync(await nurse.PostJsonAsync(url, new { }), HttpStatusCode.BadRequest);
        Assert.Equal(
            ["ExpectedVersion", "Reason", "ToUnitId"],
            invalid.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.OrdinalIgnoreCase).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        var body = new { expectedVersion = version, toUnitId = DemoDirectory.PsykiatriskaOppenvarden, reason = "Psykiatrin ska kallas." };
        await ProblemAsync(await social.PostJsonAsync(url, body), HttpStatusCode.Forbidden);
        await ProblemAsync(await foreign.PostJsonAsync(url, body), HttpStatusCode.NotFound);
        var otherPrincipal = await ProblemAsync(
            await nurse.PostJsonAsync(url, body with { toUnitId = DemoDirectory.KommunalHsvOstersund }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal(PlanErrors.ForwardOtherPrincipal, otherPrincipal.GetProperty("code").GetString());

        using (var forwarded = await nurse.PostJsonAsync(url, body))
        {
            Assert.Equal(HttpStatusCode.Created, forwarded.StatusCode);
        }

        var detail = await DetailAsync(app, DemoDirectory.SocialWorker, planId);
        var old = detail.Participants.Single(p => p.Id == wrong);
        Assert.Equal((InvitationState.Forwarded, "Psykiatrin ska kallas."), (old.State, old.RedirectReason));
        var psychiatry = detail.Participants.Single(p => p.UnitId == DemoDirectory.PsykiatriskaOppenvarden);
        Assert.Equal(InvitationState.Invited, psychiatry.State);
        Assert.Equal(SwedishCalendar.AddWorkingDays(today, 5), psychiatry.RespondBy);
        Assert.True(psychiatry.RespondBy > old.RespondBy);
        await using (var db = app.Database.CreateContext())
        {
            Assert.True(await db.Outbox.AnyAsync(m => m.PlanId == planId && m.Kind == NoticeKind.InvitationForwarded
                && m.RecipientId == DemoDirectory.VuxenenhetenOstersund && m.SubjectId == wrong));
        }

        // Past both answer times and every reminder step: the hälsocentral is neither reminded nor escalated.
        app.Clock.Advance(TimeSpan.FromDays(21));
        await Scenarios.ScanDeadlinesAsync(app);
        await using (var db = app.Database.CreateContext())
        {
            var reminders = await db.Outbox.Where(m => m.PlanId == planId && m.Kind == NoticeKind.Reminder).ToListAsync();
            Assert.DoesNotContain(reminders, m => m.SubjectId == wrong);
            Assert.Contains(reminders, m => m.SubjectId == psychiatry.Id && m.Deadline == DeadlineKind.InvitationUnanswered);
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_initiating_unit_withdraws_a_kallelse_sent_in_error_and_it_is_chased_no_more(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var (planId, wrong, clinic) = await SummonedPlanAsync(app);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        var version = (await DetailAsync(app, DemoDirectory.SocialWorker, planId)).Version;
        var body = new { expectedVersion = version, reason = "Kallad av misstag." };

        var url = $"/api/v1/plans/{planId}/participants/{wrong}/withdrawal";
        await ProblemAsync(await social.PostJsonAsync(url, new { }), HttpStatusCode.BadRequest);
        await ProblemAsync(await nurse.PostJsonAsync(url, body), HttpStatusCode.Forbidden);
        var answered = await ProblemAsync(
            await social.PostJsonAsync($"/api/v1/plans/{planId}/participants/{clinic}/withdrawal", body),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal(PlanErrors.InvitationAlreadyAnswered, answered.GetProperty("code").GetString());
        await ChangedAsync(await social.PostJsonAsync(url, body));

        var withdrawn = (await DetailAsync(app, DemoDirectory.SocialWorker, planId)).Participants.Single(p => p.Id == wrong);
        Assert.Equal((InvitationState.Withdrawn, "Kallad av misstag."), (withdrawn.State, withdrawn.RedirectReason));
        app.Clock.Advance(TimeSpan.FromDays(21));
        await Scenarios.ScanDeadlinesAsync(app);
        await using var db = app.Database.CreateContext();
        Assert.True(await db.Outbox.AnyAsync(m => m.PlanId == planId && m.Kind == NoticeKind.InvitationWithdrawn
            && m.RecipientId == DemoDirectory.HalsocentralenOdenslund));
        Assert.False(await db.Outbox.AnyAsync(m => m.PlanId == planId && m.Kind == NoticeKind.Reminder && m.SubjectId == wrong));
    }

    /// <summary>A private hälsocentral under contract with the region, its unit added by the administrator, and a nurse there.</summary>
    private static async Task<(Guid OrganizationId, Guid UnitId)> PrivateHealthCentreAsync(SipWebFactory app)
    {
        var organization = new Organization(
            Guid.CreateVersion7(), $"Hälsoval Lugnvik AB {Guid.NewGuid():N}"[..30], OrganizationKind.ContractedProvider,
            contractingPrincipalId: DemoDirectory.RegionJh);
        await using (var db = app.Database.CreateContext())
        {
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
        }

        using var admin = await app.SignedInAsync(DemoDirectory.Administrator);
        using var created = await admin.PostJsonAsync(
            "/api/v1/units", new { organizationId = organization.Id, name = "Lugnviks hälsocentral", kind = "PrimaryCare" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var unit = (await created.Content.ReadFromJsonAsync<UnitView>(Json.Options))!;
        Assert.Equal(OrganizationKind.Region, unit.ActsForPrincipal);
        await using (var db = app.Database.CreateContext())
        {
            db.Users.Add(
                new UserAccount(PrivateNurse, $"privat.{Guid.NewGuid():N}"[..20], "Pia Privat", UserRole.HealthcareStaff, [unit.Id]));
            await db.SaveChangesAsync();
        }

        return (organization.Id, unit.Id);
    }

    /// <summary>The kommun's vuxenenhet and the private hälsocentral, summoned over HTTP and accepted; the kommun's insats
    /// accepted.</summary>
    private static async Task<(Guid PlanId, int Version)> PlanWithPrivateUnitAsync(SipWebFactory app, Guid organizationId, Guid unitId)
    {
        var plan = await NewPlanAsync(app, [DemoDirectory.Ostersund, organizationId], (_, _, _) => { });
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var privateNurse = await app.SignedInAsync(PrivateNurse);
        var invited = await social.PostJsonAsync(
            $"/api/v1/plans/{plan.Id}/participants", new { expectedVersion = plan.Version, kind = "PrincipalUnit", unitId });
        var changed = (await invited.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!;
        invited.Dispose();
        var version = await ChangedAsync(await privateNurse.PutJsonAsync(
            $"/api/v1/plans/{plan.Id}/participants/{changed.CreatedId}/response",
            new { expectedVersion = changed.Version, accept = true }));
        return (plan.Id, version);
    }

    /// <summary>The beroendemottagning summoned and accepted, and Hälsocentralen Odenslund summoned (wrongly) on the first day.</summary>
    private static async Task<(Guid PlanId, Guid Wrong, Guid Clinic)> SummonedPlanAsync(SipWebFactory app)
    {
        Guid wrong = default, clinic = default;
        var plan = await NewPlanAsync(app, [DemoDirectory.Ostersund, DemoDirectory.RegionJh], (p, units, policy) =>
        {
            var accepted = p.InviteUnit(units[DemoDirectory.BeroendemottagningenOstersund], policy, SipWebFactory.Now);
            p.AcceptInvitation(accepted.Id, DemoDirectory.Nurse, SipWebFactory.Now);
            clinic = accepted.Id;
            wrong = p.InviteUnit(units[DemoDirectory.HalsocentralenOdenslund], policy, SipWebFactory.Now).Id;
        });
        return (plan.Id, wrong, clinic);
    }

    private static async Task<SipPlan> NewPlanAsync(
        SipWebFactory app, Guid[] scope, Action<SipPlan, Dictionary<Guid, OrganizationUnit>, Domain.Policies.CountyPolicy> more)
    {
        await using var db = app.Database.CreateContext();
        var now = SipWebFactory.Now;
        var policy = await db.CountyPolicies.FirstAsync();
        var units = await db.Units.ToDictionaryAsync(u => u.Id);
        var person = new SubjectPerson(PersonalIdentityNumber.Parse("19780923-9846", SwedishTime.Today(now)), "Vilma Vidare", false, false);
        var plan = SipPlan.Start(
            Guid.CreateVersion7(), Scenarios.NextReferenceNumber(), person, "Samordning.", OriginKind.SocialServicesCase,
            $"PV-{Guid.NewGuid():N}"[..20], units[DemoDirectory.VuxenenhetenOstersund], DemoDirectory.SocialWorker, null, policy, now);
        plan.RecordConsent(ConsentGiver.Person, null, ConsentForm.Oral, scope, true, null, DemoDirectory.SocialWorker, now);
        var housing = plan.ProposeAction(
            ActionTypeCatalog.Find("kommun.boendestod")!, units[DemoDirectory.VuxenenhetenOstersund], null, "Boendestöd.",
            new DateOnly(2026, 12, 1), null, DemoDirectory.SocialWorker, policy, now);
        plan.AcceptAction(housing.Id, DemoDirectory.VuxenenhetenOstersund, DemoDirectory.SocialWorker, now);
        more(plan, units, policy);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    }

    private static async Task<PlanDetail> DetailAsync(SipWebFactory app, Guid userId, Guid planId)
    {
        using var client = await app.SignedInAsync(userId);
        return (await client.GetFromJsonAsync<PlanDetail>(new Uri($"/api/v1/plans/{planId}", UriKind.Relative), Json.Options))!;
    }

    private static async Task<int> ChangedAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
            return JsonSerializer.Deserialize<PlanChanged>(body, Json.Options)!.Version;
        }
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {body}");
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
    }
}
