using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Sip.Domain.Users;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Sip.IntegrationTests;

/// <summary>
/// The access matrix of the API, for the UI's own server endpoints: every routable page × every kind
/// of user × a plan whose consent covers the clinic and one whose does not. The server renders each
/// page before the browser connects, so what a user may not see must already be missing from that
/// HTML: the person's name and personnummer appear only to whom the API would show the plan.
/// </summary>
public sealed class PageAccessMatrixTests(AppFixture apps, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    private enum Expect
    {
        /// <summary>The page renders for the user, with the plan where it is about one.</summary>
        Shown,

        /// <summary>The page renders "Ingen åtkomst" in place of the plan.</summary>
        NoAccess,

        /// <summary>Redirected to the page that says the user's role has no access.</summary>
        Denied,

        /// <summary>Redirected to sign in.</summary>
        SignIn,
    }

    private static readonly UserRole[] Staff = [UserRole.SocialWorker, UserRole.HealthcareStaff];

    /// <summary>Who each page that is not about one plan serves; null: anyone, signed in or not. A new page must be added here.</summary>
    private static readonly Dictionary<string, UserRole[]?> NonPlanPages = new(StringComparer.Ordinal)
    {
        ["/"] = null,
        ["/logga-in"] = null,
        ["/not-found"] = null,
        ["/ingen-atkomst"] = null,
        ["/starta-sip"] = Staff,
        ["/uppfoljning"] = [UserRole.SipSupport],
        ["/arena"] = [UserRole.SipSupport, UserRole.Administrator],
        ["/administration"] = [UserRole.Administrator],
    };

    [Theory, SqliteData, PostgresData]
    public async Task No_page_shows_a_user_a_plan_they_may_not_see(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var inScope = await AccessMatrixTests.CreatePlanAsync(app, "19850314-9828", "Sida Innanför", consentCoversRegion: true);
        var outOfScope = await AccessMatrixTests.CreatePlanAsync(app, "19920611-9837", "Sida Utanför", consentCoversRegion: false);

        // Whether a user may see the scenario's plan at all: the same rule as the API's.
        var actors = new (string Name, Guid? User, UserRole? Role, Func<AccessMatrixTests.Scenario, bool> MaySee)[]
        {
            ("initiating social worker", DemoDirectory.SocialWorker, UserRole.SocialWorker, _ => true),
            ("participating clinic nurse", DemoDirectory.Nurse, UserRole.HealthcareStaff, s => s.ConsentCoversRegion),
            ("non-participating region nurse", DemoDirectory.DistrictNurse, UserRole.HealthcareStaff, _ => false),
            ("social worker of another municipality", DemoDirectory.ForeignSocialWorker, UserRole.SocialWorker, _ => false),
            ("social worker of another unit, same municipality", DemoDirectory.YouthSocialWorker, UserRole.SocialWorker, _ => false),
            ("SIP-stödjare", DemoDirectory.SipSupport, UserRole.SipSupport, _ => false),
            ("administrator", DemoDirectory.Administrator, UserRole.Administrator, _ => false),
            ("anonymous", null, null, _ => false),
        };

        var pages = typeof(Sip.Web.Components.App).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("/planer/{PlanId:guid}", pages);
        var combinations = 0;
        foreach (var (name, userId, role, maySee) in actors)
        {
            using var client = userId is { } id ? await app.SignedInAsync(id)
                : app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = SipWebFactory.Https });
            foreach (var page in pages)
            {
                foreach (var scenario in new[] { inScope, outOfScope })
                {
                    combinations++;
                    var isPlanPage = page.Contains("{PlanId", StringComparison.Ordinal);
                    var expected = isPlanPage
                        ? role is null ? Expect.SignIn : maySee(scenario) ? Expect.Shown : Expect.NoAccess
                        : RolesOf(page) is not { } roles ? Expect.Shown
                        : role is not { } r ? Expect.SignIn
                        : roles.Contains(r) ? Expect.Shown : Expect.Denied;
                    var path = page.Replace("{PlanId:guid}", scenario.PlanId.ToString(), StringComparison.Ordinal);
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                    var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
                    var where = $"{name}: GET {page} " +
                        $"({(scenario.ConsentCoversRegion ? "consent covers the region" : "consent excludes the region")}) → " +
                        $"{(int)response.StatusCode} {response.Headers.Location}";
                    switch (expected)
                    {
                        case Expect.Shown:
                            Assert.True(response.StatusCode == HttpStatusCode.OK, where);
                            Assert.True(!isPlanPage || !html.Contains(">Ingen åtkomst</h1>", StringComparison.Ordinal), where);
                            break;
                        case Expect.NoAccess:
                            Assert.True(response.StatusCode == HttpStatusCode.OK
                                && html.Contains(">Ingen åtkomst</h1>", StringComparison.Ordinal), where);
                            break;
                        case Expect.Denied:
                            Assert.True(response.StatusCode == HttpStatusCode.Redirect
                                && PathOf(response.Headers.Location).StartsWith("/ingen-atkomst", StringComparison.Ordinal), where);
                            break;
                        default:
                            Assert.True(response.StatusCode == HttpStatusCode.Redirect
                                && PathOf(response.Headers.Location).StartsWith("/logga-in", StringComparison.Ordinal), where);
                            break;
                    }

                    // The workspace must prove it renders the plan, or the absence checks below prove nothing.
                    if (expected == Expect.Shown && page == "/planer/{PlanId:guid}")
                    {
                        Assert.True(html.Contains(scenario.PersonName, StringComparison.Ordinal), where);
                    }

                    if (!maySee(scenario))
                    {
                        Assert.False(html.Contains(scenario.PersonName, StringComparison.Ordinal), where + ": the name");
                        Assert.False(html.Contains(scenario.IdentityDigits, StringComparison.Ordinal), where + ": the personnummer");
                        Assert.False(html.Contains($"{scenario.IdentityDigits[..8]}-{scenario.IdentityDigits[8..]}",
                            StringComparison.Ordinal), where + ": the personnummer");
                    }
                }
            }
        }

        output.WriteLine($"{provider}: {combinations} combinations of {pages.Count} pages × {actors.Length} users × 2 consent scopes " +
            $"checked.");
        Assert.Equal(pages.Count * actors.Length * 2, combinations);
    }

    private static UserRole[]? RolesOf(string page) =>
        NonPlanPages.TryGetValue(page, out var roles) ? roles
            : throw new InvalidOperationException($"Classify the page {page} in the page access matrix.");

    /// <summary>The path of a redirect, whether the server sent it absolute or relative.</summary>
    private static string PathOf(Uri? location) => location is null ? string.Empty : location.IsAbsoluteUri ? location.AbsolutePath
        : location.OriginalString;
}
