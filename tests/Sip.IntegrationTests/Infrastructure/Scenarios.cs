using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Sip.Application.Features;
using Sip.Application.Features.Plans;
using Sip.Infrastructure.Notifications;
using Sip.Infrastructure.Seeding;

namespace Sip.IntegrationTests.Infrastructure;

/// <summary>The start most notice and reminder tests share: a plan by Vuxenenheten with consent, the clinic summoned.</summary>
internal static class Scenarios
{
    private static int _lastReference;

    /// <summary>
    /// A reference number no other test plan has: tests that build plans in the domain cannot draw
    /// them at random, because a few hundred draws from a hundred thousand collide now and then.
    /// </summary>
    public static string NextReferenceNumber() => $"SIP-2026-{800000 + Interlocked.Increment(ref _lastReference):D6}";

    public sealed record StartedPlan(Guid PlanId, string ReferenceNumber, int Version, Guid? ClinicParticipantId);

    /// <summary>Started over the API by a signed-in social worker, with the person's consent for the municipality and the region.</summary>
    public static async Task<StartedPlan> StartWithConsentAsync(HttpClient social, string name = "Notis Testsson",
        string identityNumber = "19780923-9846")
    {
        using var started = await social.PostJsonAsync("/api/v1/plans",
            new
            {
                initiatingUnitId = DemoDirectory.VuxenenhetenOstersund,
                externalCaseReference = $"T-{Guid.NewGuid():N}"[..20],
                origin = "SocialServicesCase",
                personalIdentityNumber = identityNumber,
                personName = name,
                reason = "Beroende och behov av samordning."
            });
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
        return new StartedPlan(plan.PlanId, plan.ReferenceNumber,
            (await consent.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!.Version, null);
    }

    /// <summary>The same, with Beroendemottagningen Östersund summoned.</summary>
    public static async Task<StartedPlan> StartWithClinicAsync(HttpClient social, string name = "Notis Testsson",
        string identityNumber = "19780923-9846")
    {
        var plan = await StartWithConsentAsync(social, name, identityNumber);
        using var invited = await social.PostJsonAsync($"/api/v1/plans/{plan.PlanId}/participants",
            new { expectedVersion = plan.Version, kind = "PrincipalUnit", unitId = DemoDirectory.BeroendemottagningenOstersund });
        var changed = (await invited.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!;
        return plan with { Version = changed.Version, ClinicParticipantId = changed.CreatedId };
    }

    /// <summary>One run of the deadline scan, as the recurring job makes it.</summary>
    public static async Task ScanDeadlinesAsync(SipWebFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DeadlineScanner>().ScanAsync(CancellationToken.None);
    }
}
