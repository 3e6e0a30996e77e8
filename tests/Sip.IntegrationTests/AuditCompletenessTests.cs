using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Sip.IntegrationTests;

/// <summary>
/// Audit completeness, judged by what the answers hold rather than by which use cases are marked:
/// every GET route of the API is read by the first demo user it answers, and an answer that holds
/// the person's name or personnummer must leave exactly one line for that user in the access log.
/// No read ever leaves two, and a refused read leaves none.
/// </summary>
public sealed class AuditCompletenessTests(AppFixture apps, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    /// <summary>What some routes need besides their route values to answer at all.</summary>
    private static readonly Dictionary<string, string> Queries = new(StringComparer.Ordinal)
    {
        ["/api/v1/access-log"] = "?from=2026-11-01&to=2026-11-30",
        ["/api/v1/area/process-statistics"] = "?from=2026-01-01&to=2026-11-30",
        ["/api/v1/area/placement-statistics"] = "?from=2026-01-01&to=2026-11-30",
        ["/api/v1/area/export/{table}"] = "?format=csv&from=2026-01-01&to=2026-11-30",
    };

    [Theory, SqliteData, PostgresData]
    public async Task Every_answer_holding_personal_data_leaves_exactly_one_line_in_the_access_log(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var plan = await AccessMatrixTests.CreatePlanAsync(app, "19850314-9828", "Logg Komplettsson", consentCoversRegion: true);
        var readers = new List<(Guid User, HttpClient Client)>();
        foreach (var user in new[] { DemoDirectory.SocialWorker, DemoDirectory.Nurse, DemoDirectory.SipSupport,
            DemoDirectory.Administrator })
        {
            readers.Add((user, await app.SignedInAsync(user)));
        }

        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true
                && e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Contains("GET"))
            .Select(e => e.RoutePattern.RawText!)
            .Order(StringComparer.Ordinal)
            .ToList();
        var withPersonalData = new List<string>();
        foreach (var route in routes)
        {
            var path = AccessMatrixTests.Fill(route.Replace("{table}", "process", StringComparison.Ordinal), plan)
                + Queries.GetValueOrDefault(route, string.Empty);
            var answered = false;
            foreach (var (user, client) in readers)
            {
                var before = await LinesOfAsync(app, user);
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                // A document is judged by the text a reader sees in it, not by its bytes.
                var body = response.Content.Headers.ContentType?.MediaType == "application/pdf"
                    ? PdfText.Read(await response.Content.ReadAsByteArrayAsync()).Text
                    : await response.Content.ReadAsStringAsync();
                var written = await LinesOfAsync(app, user) - before;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Assert.True(written == 0, $"GET {route} refused with {(int)response.StatusCode} to {user} but logged {written}");
                    continue;
                }

                var holdsPersonalData = body.Contains(plan.PersonName, StringComparison.Ordinal)
                    || body.Contains(plan.IdentityDigits, StringComparison.Ordinal);
                Assert.True(holdsPersonalData ? written == 1 : written <= 1,
                    $"GET {route} → {(holdsPersonalData ? "personal data" : "no personal data")}, {written} lines in the log");
                if (holdsPersonalData)
                {
                    withPersonalData.Add(route);
                }

                answered = true;
                break;
            }

            Assert.True(answered, $"GET {route} answered 200 to none of the demo users: the test does not reach it");
        }

        output.WriteLine($"{provider}: {routes.Count} GET routes read; {withPersonalData.Count} hold personal data, each logged once: " +
            $"{string.Join(", ", withPersonalData)}");
        Assert.Contains("/api/v1/plans/{planId:guid}", withPersonalData);
        Assert.Contains("/api/v1/plans/{planId:guid}/versions/{number:int}/document", withPersonalData);
        foreach (var (_, client) in readers)
        {
            client.Dispose();
        }
    }

    private static async Task<int> LinesOfAsync(SipWebFactory app, Guid user)
    {
        await using var db = app.Database.CreateContext();
        return await db.AuditEntries.CountAsync(a => a.UserId == user);
    }
}
