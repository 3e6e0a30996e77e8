using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sip.Infrastructure.Persistence;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>The OpenAPI document describes every API endpoint the app really maps, with its answers.</summary>
public sealed partial class OpenApiTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Every_api_endpoint_is_documented_with_its_success_type_its_errors_and_an_example()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(
                m => (Path: Normalize(e.RoutePattern.RawText!), Method: m.ToLowerInvariant())))
            .ToList();
        Assert.True(endpoints.Count >= 31, $"only {endpoints.Count} endpoints found");

        var documentedPaths = paths.EnumerateObject().ToDictionary(p => Normalize(p.Name), p => p.Value);
        foreach (var (path, method) in endpoints)
        {
            Assert.True(documentedPaths.TryGetValue(path, out var item), $"{method} {path} is not in the OpenAPI document");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} is not in the OpenAPI document");
            var responses = operation.GetProperty("responses");
            var success = responses.EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
            Assert.True(success.Count > 0, $"{method} {path} documents no success response");
            Assert.All(success, r =>
                Assert.True(r.Value.TryGetProperty("content", out _), $"{method} {path} {r.Name} has no documented response type"));
            // A JSON answer carries an example; a file download or a FHIR resource names its media types instead.
            Assert.All(success, r => Assert.True(
                r.Value.GetProperty("content").TryGetProperty("application/json", out var json)
                    ? json.TryGetProperty("example", out _)
                    : r.Value.GetProperty("content").TryGetProperty("text/csv", out _)
                        || r.Value.GetProperty("content").TryGetProperty("application/pdf", out _)
                        || r.Value.GetProperty("content").TryGetProperty("application/fhir+json", out _),
                $"{method} {path} {r.Name} has no example"));
            Assert.True(responses.TryGetProperty("401", out _), $"{method} {path} does not document 401");
            if (operation.TryGetProperty("requestBody", out var body))
            {
                Assert.True(body.GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _),
                    $"{method} {path} has no request example");
                Assert.True(responses.TryGetProperty("400", out _), $"{method} {path} takes a body but does not document 400");
            }
        }
    }

    [Fact]
    public async Task The_inbox_documents_its_paging_its_refusal_and_its_counts()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var inbox = document.RootElement.GetProperty("paths").GetProperty("/api/v1/inbox").GetProperty("get");

        // Named as the request's properties, as for every list bound with [AsParameters]; the query is read without regard to case.
        Assert.Equal(["Page", "PageSize"],
            inbox.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.True(inbox.GetProperty("responses").TryGetProperty("400", out _), "the inbox does not document 400");
        var example = inbox.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json")
            .GetProperty("example");
        Assert.Equal(["actionsRejected", "actionsToAccept", "firstMeetingsDue", "followUpsDue", "invitationsToAnswer"],
            example.GetProperty("counts").EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.True(example.TryGetProperty("totalCount", out _), "the example has no totalCount");
    }

    [Fact]
    public async Task The_interactive_api_reference_is_served()
    {
        var app = await apps.For(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("SIP API", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Normalize(string template) => RouteConstraint().Replace(template, "{$1}").TrimEnd('/');

    [GeneratedRegex(@"\{(\w+):[^}]+\}")]
    private static partial Regex RouteConstraint();
}
