using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Sip.IntegrationTests;

/// <summary>
/// Insecure direct object references: every route that names something inside a plan (a
/// participant, an insats, a meeting, a cost allocation, …) is sent the id of that thing in
/// another plan, under the address of a plan the user may change, with a valid body and the
/// current version. Nothing may succeed, and neither plan may change.
/// </summary>
public sealed partial class DirectObjectReferenceTests(AppFixture apps, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task An_id_from_another_plan_under_a_plans_address_is_never_acted_on(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var mine = await AccessMatrixTests.CreatePlanAsync(app, "19850314-9828", "Adress Egensson", consentCoversRegion: true);
        var other = await AccessMatrixTests.CreatePlanAsync(app, "19920611-9837", "Adress Andrasson", consentCoversRegion: true);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        using var document = JsonDocument.Parse(await social.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var tried = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.Contains("{planId}", StringComparison.Ordinal) && ChildId().IsMatch(p.Name)))
        {
            // The plan in the address is mine; every other id is the other plan's.
            var address = AccessMatrixTests.Fill(path.Name, other)
                .Replace(other.PlanId.ToString(), mine.PlanId.ToString(), StringComparison.Ordinal);
            foreach (var operation in path.Value.EnumerateObject())
            {
                foreach (var client in new[] { social, nurse })
                {
                    var before = await VersionsAsync(app, mine.PlanId, other.PlanId);
                    var body = operation.Value.TryGetProperty("requestBody", out var requestBody)
                        && requestBody.GetProperty("content").GetProperty("application/json").TryGetProperty("example", out var example)
                        ? JsonNode.Parse(example.GetRawText())!.AsObject()
                        : null;
                    if (body is not null && body.ContainsKey("expectedVersion"))
                    {
                        body["expectedVersion"] = before.Mine;
                    }

                    using var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()),
                        new Uri(address, UriKind.Relative))
                    {
                        Content = body is null ? null : new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
                    };
                    using var response = await client.SendAsync(request);
                    tried++;
                    var where = $"{operation.Name.ToUpperInvariant()} {path.Name} → {(int)response.StatusCode} " +
                        $"{await response.Content.ReadAsStringAsync()}";
                    Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.UnprocessableEntity
                        or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, where);
                    Assert.Equal(before, await VersionsAsync(app, mine.PlanId, other.PlanId));
                }
            }
        }

        output.WriteLine($"{provider}: {tried} requests with another plan's ids under a plan's address; none acted on");
        Assert.True(tried >= 10, $"only {tried} id-bearing routes found");
    }

    private static async Task<(int Mine, int Other)> VersionsAsync(SipWebFactory app, Guid mine, Guid other)
    {
        await using var db = app.Database.CreateContext();
        var versions = await db.Plans.AsNoTracking().Where(p => p.Id == mine || p.Id == other).ToDictionaryAsync(p => p.Id, p => p.Version);
        return (versions[mine], versions[other]);
    }

    /// <summary>An id other than the plan's in a route template.</summary>
    [GeneratedRegex(@"\{(?!planId\})\w+Id\}")]
    private static partial Regex ChildId();
}
