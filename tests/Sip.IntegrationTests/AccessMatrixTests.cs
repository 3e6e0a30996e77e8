using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sip.Domain.Calendar;
using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Domain.Users;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Sip.IntegrationTests;

/// <summary>
/// Every API endpoint × every kind of user × a plan whose consent covers the clinic and one whose
/// consent does not. Whoever may not see a plan gets 401, 403 or 404 and not a word of the person's
/// data; whoever may gets past the access rules (the empty body then fails validation).
/// </summary>
public sealed partial class AccessMatrixTests(AppFixture apps, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    private const string InScopeName = "Matris Innanför";
    private const string OutOfScopeName = "Matris Utanför";

    private enum Expect
    {
        Allowed,
        NotFound,
        Forbidden,
        Unauthorized,
    }

    [Theory, SqliteData, PostgresData]
    public async Task No_endpoint_lets_a_user_see_a_plan_they_may_not(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var inScope = await CreatePlanAsync(app, "19850314-9828", InScopeName, consentCoversRegion: true);
        var outOfScope = await CreatePlanAsync(app, "19920611-9837", OutOfScopeName, consentCoversRegion: false);

        // Rule: what a user gets on a route about the scenario's plan.
        var actors = new (string Name, Guid? User, UserRole? Role, Func<Scenario, string, Expect> Rule)[]
        {
            ("initiating social worker", DemoDirectory.SocialWorker, UserRole.SocialWorker, (_, _) => Expect.Allowed),
            ("participating clinic nurse", DemoDirectory.Nurse, UserRole.HealthcareStaff, (s, route) => !s.ConsentCoversRegion
                ? Expect.NotFound : route.EndsWith("/audit-trail", StringComparison.Ordinal) ? Expect.Forbidden : Expect.Allowed),
            ("non-participating region nurse", DemoDirectory.DistrictNurse, UserRole.HealthcareStaff, (_, _) => Expect.NotFound),
            ("social worker of another municipality", DemoDirectory.ForeignSocialWorker, UserRole.SocialWorker, (_, _) => Expect.NotFound),
            ("social worker of another unit, same municipality", DemoDirectory.YouthSocialWorker, UserRole.SocialWorker,
                (_, _) => Expect.NotFound),
            ("SIP-stödjare", DemoDirectory.SipSupport, UserRole.SipSupport, (_, _) => Expect.Forbidden),
            ("administrator", DemoDirectory.Administrator, UserRole.Administrator, (_, _) => Expect.Forbidden),
            ("anonymous", null, null, (_, _) => Expect.Unauthorized),
        };

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(
                m => (Method: m, Route: e.RoutePattern.RawText!)))
            .ToList();
        var combinations = 0;
        foreach (var (name, userId, role, rule) in actors)
        {
            using var client = userId is { } id ? await app.SignedInAsync(id) : app.CreateClient(new() { AllowAutoRedirect = false });
            foreach (var (method, route) in endpoints)
            {
                foreach (var scenario in new[] { inScope, outOfScope })
                {
                    combinations++;
                    var isPlanRoute = route.Contains("{planId", StringComparison.Ordinal);
                    var expected = role is not { } r ? Expect.Unauthorized
                        : isPlanRoute ? rule(scenario, route)
                        : RolesOf(method, route).Contains(r) ? Expect.Allowed : Expect.Forbidden;
                    using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(Fill(route, scenario), UriKind.Relative));
                    if (method is "POST" or "PUT")
                    {
                        request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                    }

                    using var response = await client.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    var where = $"{name}: {method} {route} " +
                        $"({(scenario.ConsentCoversRegion ? "consent covers the region" : "consent excludes the region")}) → " +
                        $"{(int)response.StatusCode}";
                    Assert.True((int)response.StatusCode < 500, where + " " + body);
                    switch (expected)
                    {
                        case Expect.Allowed:
                            Assert.True(response.StatusCode
                                is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound), where);
                            break;
                        case Expect.NotFound:
                            Assert.True(response.StatusCode == HttpStatusCode.NotFound, where);
                            break;
                        case Expect.Forbidden:
                            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, where);
                            break;
                        default:
                            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, where);
                            break;
                    }

                    var maySee = expected == Expect.Allowed && (isPlanRoute || rule(scenario, "/plans/{planId}") == Expect.Allowed);
                    if (!maySee)
                    {
                        Assert.DoesNotContain(scenario.PersonName, body, StringComparison.Ordinal);
                        Assert.DoesNotContain(scenario.IdentityDigits, body, StringComparison.Ordinal);
                    }
                }
            }
        }

        output.WriteLine($"{provider}: {combinations} combinations of {endpoints.Count} endpoints × {actors.Length} users × 2 consent " +
            $"scopes checked.");
        Assert.Equal(endpoints.Count * actors.Length * 2, combinations);
    }

    private static readonly UserRole[] Staff = [UserRole.SocialWorker, UserRole.HealthcareStaff];
    private static readonly UserRole[] Everyone = Enum.GetValues<UserRole>();

    /// <summary>Who each endpoint that is not about one plan serves. A new endpoint must be added here.</summary>
    private static readonly Dictionary<string, UserRole[]> NonPlanRoutes = new(StringComparer.Ordinal)
    {
        ["GET /api/v1/plans/"] = Staff,
        ["POST /api/v1/plans/"] = Staff,
        ["GET /api/v1/inbox"] = Staff,
        ["GET /api/v1/reminders"] = [UserRole.SocialWorker, UserRole.HealthcareStaff, UserRole.SipSupport],
        ["GET /api/v1/area/plans"] = [UserRole.SipSupport],
        ["GET /api/v1/arena/deviations"] = [UserRole.SipSupport, UserRole.Administrator],
        ["GET /api/v1/area/placement-statistics"] = [UserRole.SipSupport],
        ["GET /api/v1/area/audit"] = [UserRole.SipSupport],
        ["GET /api/v1/area/process-statistics"] = [UserRole.SipSupport],
        ["GET /api/v1/area/export/{table}"] = [UserRole.SipSupport],
        ["GET /api/v1/access-log"] = [UserRole.Administrator],
        ["GET /api/v1/units"] = Everyone,
        ["POST /api/v1/units"] = [UserRole.Administrator],
        ["PUT /api/v1/units/{unitId:guid}"] = [UserRole.Administrator],
        ["PUT /api/v1/users/{userId:guid}"] = [UserRole.Administrator],
        ["GET /api/v1/users"] = [UserRole.Administrator],
        ["POST /api/v1/users"] = [UserRole.Administrator],
        ["POST /api/v1/directory/import"] = [UserRole.Administrator],
        ["GET /api/v1/county-policy"] = Everyone,
        ["PUT /api/v1/county-policy"] = [UserRole.Administrator],
    };

    private static UserRole[] RolesOf(string method, string route) =>
        NonPlanRoutes.TryGetValue($"{method} {route}", out var roles) ? roles
            : throw new InvalidOperationException($"Classify {method} {route} in the access matrix.");

    internal sealed record Scenario(Guid PlanId, string PersonName, string IdentityDigits, bool ConsentCoversRegion, Guid ParticipantId,
        Guid ActionId, Guid MeetingId);

    internal static string Fill(string route, Scenario s) => RouteValue().Replace(route, m => m.Groups[1].Value switch
    {
        "planId" => s.PlanId.ToString(),
        "participantId" => s.ParticipantId.ToString(),
        "actionId" => s.ActionId.ToString(),
        "meetingId" => s.MeetingId.ToString(),

        // The plan is established once: its version 1 exists.
        "number" => "1",
        _ => Guid.NewGuid().ToString(),
    });

    /// <summary>
    /// A plan started by Vuxenenheten with the clinic taking part, established once (so that its
    /// written plan exists) with one insats still proposed for its revision. Out of scope: the
    /// person later narrowed the consent to the municipality, so the clinic still takes part but
    /// may see nothing.
    /// </summary>
    internal static async Task<Scenario> CreatePlanAsync(SipWebFactory app, string identityNumber, string name, bool consentCoversRegion)
    {
        await using var db = app.Database.CreateContext();
        var now = SipWebFactory.Now;
        var policy = await db.CountyPolicies.FirstAsync();
        var units = await db.Units.ToDictionaryAsync(u => u.Id);
        var person = new SubjectPerson(PersonalIdentityNumber.Parse(identityNumber, SwedishTime.Today(now)), name, false, false);
        var plan = SipPlan.Start(Guid.CreateVersion7(), Scenarios.NextReferenceNumber(), person, "Åtkomsttest",
            OriginKind.SocialServicesCase, $"AM-{Guid.NewGuid():N}", units[DemoDirectory.VuxenenhetenOstersund], DemoDirectory.SocialWorker,
            null, policy, now);
        plan.RecordConsent(ConsentGiver.Person, null, ConsentForm.Written, [DemoDirectory.Ostersund, DemoDirectory.RegionJh], false, null,
            DemoDirectory.SocialWorker, now);
        var clinic = plan.InviteUnit(units[DemoDirectory.BeroendemottagningenOstersund], policy, now);
        plan.AcceptInvitation(clinic.Id, DemoDirectory.Nurse, now);
        var established = plan.ProposeAction(Sip.Domain.Actions.ActionTypeCatalog.Find("region.psykologisk-behandling")!,
            units[DemoDirectory.BeroendemottagningenOstersund], null, "KBT", new DateOnly(2026, 12, 1), null, DemoDirectory.SocialWorker,
            policy, now);
        plan.AcceptAction(established.Id, DemoDirectory.BeroendemottagningenOstersund, DemoDirectory.Nurse, now);
        plan.AssignOverallResponsibility(DemoDirectory.VuxenenhetenOstersund, now);
        plan.Establish(units.ToDictionary(u => u.Key, u => u.Value.OrganizationKind), new Establishment(true, null, true, null),
            DemoDirectory.SocialWorker, policy, now);
        var action = plan.ProposeAction(Sip.Domain.Actions.ActionTypeCatalog.Find("region.laro")!,
            units[DemoDirectory.BeroendemottagningenOstersund], null, "LARO", new DateOnly(2026, 12, 1), null, DemoDirectory.SocialWorker,
            policy, now);
        var meeting = plan.ScheduleMeeting(now.AddDays(3), TimeSpan.FromHours(1), "Rådhuset", null, [clinic.Id], now);
        if (!consentCoversRegion)
        {
            plan.RecordConsent(ConsentGiver.Person, null, ConsentForm.Written, [DemoDirectory.Ostersund], false, null,
                DemoDirectory.SocialWorker, now);
        }

        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return new Scenario(plan.Id, name, identityNumber.Replace("-", string.Empty, StringComparison.Ordinal), consentCoversRegion,
            clinic.Id, action.Id, meeting.Id);
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]+)?\}")]
    private static partial Regex RouteValue();
}
