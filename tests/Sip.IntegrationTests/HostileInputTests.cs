using System.Data.Common;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Sip.IntegrationTests;

/// <summary>
/// Hostile input: every operation of the OpenAPI document is sent its own example spoiled in every
/// way we could think of — fields missing, of the wrong type, far too long, invalid Unicode,
/// invalid personnummer, impossible dates, negative paging, injection strings, bodies that are not
/// JSON — at least 10 000 requests in all, from a fixed seed. No answer may be a 5xx; every refusal
/// must be problem details; and a refused request must leave every row of every table exactly as it
/// found it.
/// </summary>
public sealed class HostileInputTests(AppFixture apps, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    private const int AtLeast = 10_000;

    private static readonly JsonNode?[] WrongValues =
    [
        JsonValue.Create(12345), JsonValue.Create(-1), JsonValue.Create(2147483648L), JsonValue.Create(1e308), JsonValue.Create("text"),
        JsonValue.Create(true),
        new JsonArray(), new JsonObject(), null, JsonValue.Create(new string('x', 200_000)),
        JsonValue.Create("'; DROP TABLE \"Plans\"; --"), JsonValue.Create("<script>alert(1)</script>"), JsonValue.Create("{{7*7}}"),
        JsonValue.Create("../../etc/passwd"),
        JsonValue.Create("19850314-0000"), JsonValue.Create("000000000000"), JsonValue.Create("0001-01-01"), JsonValue.Create("9999-12-31"),
        JsonValue.Create("2026-02-30"),
        JsonValue.Create("2026-11-23T25:61:00Z"), JsonValue.Create(Guid.Empty.ToString()),
        JsonValue.Create("00000000-0000-0000-0000-00000000000g"), JsonValue.Create("\u0000\u0001\u001f"),
        JsonValue.Create("Ωμέγα ꙮ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202e"),
    ];

    private static readonly string[] WrongQueryValues =
    [
        "abc", "-1", "0", "99999999999", "2026-13-45", "0001-01-01", "9999-12-31", "%ED%A0%80", "%C3%28", "%00", "'%20OR%201%3D1%20--",
        "%3Cscript%3E",
        new string('x', 5000), "true", "Nope", "19850314-0000",
    ];

    private static readonly (string ContentType, byte[] Body)[] BrokenBodies =
    [
        ("application/json", []),
        ("application/json", "null"u8.ToArray()),
        ("application/json", "[]"u8.ToArray()),
        ("application/json", "{"u8.ToArray()),
        ("application/json", "not json"u8.ToArray()),
        ("application/json", [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
        ("application/json", Encoding.UTF8.GetBytes("{\"a\":\"\\ud800\"}")),
        ("application/json", Encoding.UTF8.GetBytes(new string('[', 2000) + new string(']', 2000))),
        ("text/plain", "{}"u8.ToArray()),
        ("application/xml", "<plan/>"u8.ToArray()),
    ];

    [Theory, SqliteData]
    public async Task Ten_thousand_malformed_requests_get_no_5xx_only_problem_details_and_leave_nothing_behind(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var plan = await AccessMatrixTests.CreatePlanAsync(app, "19850314-9828", "Fuzz Testsson", consentCoversRegion: true);
        var users = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        foreach (var (name, id) in new[] { ("social", DemoDirectory.SocialWorker), ("nurse", DemoDirectory.Nurse),
            ("support", DemoDirectory.SipSupport), ("admin", DemoDirectory.Administrator) })
        {
            users[name] = await app.SignedInAsync(id);
        }

        using var document = JsonDocument.Parse(await users["social"].GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var operations = Operations(document.RootElement, plan).ToList();
        var random = new Random(20261123);
        var statuses = new SortedDictionary<int, int>();
        var sent = 0;
        var snapshot = await SnapshotAsync(app);

        async Task SendAsync(HttpClient client, Func<HttpRequestMessage> build, string what)
        {
            using var request = build();
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            sent++;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.True(status < 500, $"{what} → {status} {body[..Math.Min(body.Length, 500)]}");
            var after = await SnapshotAsync(app);
            if (status >= 400)
            {
                Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
                    $"{what} → {status} without problem details: {response.Content.Headers.ContentType}");
                Assert.True(after == snapshot, $"{what} → {status} but the database changed:\n{snapshot}\n{after}");
            }

            snapshot = after;
        }

        while (sent < AtLeast)
        {
            foreach (var operation in operations)
            {
                // Who the operation serves, found once: the first user its example does not forbid.
                if (operation.Client is null)
                {
                    // The example itself is valid and may change the database: it is the new starting point.
                    operation.Client = await ClientForAsync(operation, users);
                    snapshot = await SnapshotAsync(app);
                }

                foreach (var (what, build) in Spoiled(operation, random))
                {
                    await SendAsync(operation.Client, build, $"{operation.Method} {operation.Path}: {what}");
                }
            }
        }

        output.WriteLine($"Hostile input: {sent} malformed requests over {operations.Count} operations; statuses " +
            $"{string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.True(sent >= AtLeast);
        foreach (var client in users.Values)
        {
            client.Dispose();
        }
    }

    private sealed class Operation(string method, string path, JsonNode? example, IReadOnlyList<string> queryParameters)
    {
        public string Method { get; } = method;

        public string Path { get; } = path;

        public JsonNode? Example { get; } = example;

        public IReadOnlyList<string> QueryParameters { get; } = queryParameters;

        public HttpClient? Client { get; set; }

        public HttpRequestMessage Request(string path, HttpContent? content) =>
            new(new HttpMethod(Method), new Uri(path, UriKind.Relative)) { Content = content };
    }

    private static IEnumerable<Operation> Operations(JsonElement document, AccessMatrixTests.Scenario plan)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var example = operation.Value.TryGetProperty("requestBody", out var body)
                    && body.GetProperty("content").TryGetProperty("application/json", out var json)
                    && json.TryGetProperty("example", out var e)
                    ? JsonNode.Parse(e.GetRawText())
                    : null;
                var query = operation.Value.TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query")
                        .Select(p => p.GetProperty("name").GetString()!).ToList()
                    : [];
                yield return new Operation(operation.Name.ToUpperInvariant(),
                    AccessMatrixTests.Fill(path.Name.Replace("{table}", "process", StringComparison.Ordinal), plan), example, query);
            }
        }
    }

    private static async Task<HttpClient> ClientForAsync(Operation operation, Dictionary<string, HttpClient> users)
    {
        foreach (var client in users.Values)
        {
            using var request = operation.Request(operation.Path, operation.Example is null ? null
                : new StringContent(operation.Example.ToJsonString(), Encoding.UTF8, "application/json"));
            using var response = await client.SendAsync(request);
            if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Unauthorized))
            {
                return client;
            }
        }

        return users["social"];
    }

    /// <summary>One round of spoiled requests for an operation: its route, its query and its body each broken in turn.</summary>
    private static IEnumerable<(string What, Func<HttpRequestMessage> Build)> Spoiled(Operation operation, Random random)
    {
        StringContent Json(JsonNode? node) => new(node?.ToJsonString() ?? "null", Encoding.UTF8, "application/json");
        HttpContent? Example() => operation.Example is null ? null : Json(operation.Example.DeepClone());

        // The route: an id that is not a guid, an id of nothing, an id of something else.
        var segments = operation.Path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (Guid.TryParse(segments[i], out _))
            {
                // (A NUL in the path is refused by Kestrel before the app; the in-memory test server cannot even carry it.)
                foreach (var replacement in new[] { "not-a-guid", Guid.NewGuid().ToString(), Guid.Empty.ToString(), "%20",
                    "..%2F..%2Fhealth" })
                {
                    var broken = (string[])segments.Clone();
                    broken[i] = replacement;
                    yield return ($"route segment {i} = {replacement}", () => operation.Request(string.Join('/', broken), Example()));
                }
            }
        }

        // The query: every documented parameter given every wrong value, and paging that cannot be.
        foreach (var name in operation.QueryParameters.Concat(["page", "pageSize", "from", "to"]).Distinct(StringComparer.Ordinal))
        {
            foreach (var value in WrongQueryValues)
            {
                yield return ($"query {name}={value[..Math.Min(20, value.Length)]}",
                    () => operation.Request($"{operation.Path}?{name}={value}", Example()));
            }
        }

        if (operation.Method is not ("POST" or "PUT"))
        {
            yield break;
        }

        foreach (var (contentType, bytes) in BrokenBodies)
        {
            yield return ($"body {contentType} of {bytes.Length} bytes", () =>
            {
                var content = new ByteArrayContent(bytes);
                content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
                return operation.Request(operation.Path, content);
            }
            );
        }

        if (operation.Example is not JsonObject example)
        {
            yield break;
        }

        // The body: each field missing, each field every wrong value, unknown fields, then two faults at once.
        var fields = example.Select(p => p.Key).ToList();
        foreach (var field in fields)
        {
            yield return ($"body without {field}", () =>
            {
                var body = (JsonObject)example.DeepClone();
                body.Remove(field);
                return operation.Request(operation.Path, Json(body));
            }
            );
            foreach (var wrong in WrongValues)
            {
                yield return ($"body {field} = {Describe(wrong)}", () =>
                {
                    var body = (JsonObject)example.DeepClone();
                    body[field] = wrong?.DeepClone();
                    return operation.Request(operation.Path, Json(body));
                }
                );
            }
        }

        yield return ("body with unknown fields", () =>
        {
            var body = (JsonObject)example.DeepClone();
            body["unexpected"] = 1;
            body["__proto__"] = new JsonObject { ["admin"] = true };
            return operation.Request(operation.Path, Json(body));
        }
        );
        for (var i = 0; i < 20 && fields.Count > 0; i++)
        {
            var (first, second) = (fields[random.Next(fields.Count)], fields[random.Next(fields.Count)]);
            var (a, b) = (WrongValues[random.Next(WrongValues.Length)], WrongValues[random.Next(WrongValues.Length)]);
            yield return ($"body {first} = {Describe(a)} and {second} = {Describe(b)}", () =>
            {
                var body = (JsonObject)example.DeepClone();
                body[first] = a?.DeepClone();
                body[second] = b?.DeepClone();
                return operation.Request(operation.Path, Json(body));
            }
            );
        }
    }

    private static string Describe(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length > 30 ? $"{text[..30]}… ({text.Length} chars)" : text;
    }

    /// <summary>
    /// Every table's content, as a count and a hash of every row's every value: what a refused
    /// request must leave exactly as it was.
    /// </summary>
    private static async Task<string> SnapshotAsync(SipWebFactory app)
    {
        await using var db = app.Database.CreateContext();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal)
            .ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var parts = new List<string>(tables.Count);
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
            var rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes(reader.IsDBNull(i) ? "\u0001null\u0001"
                        : $"{Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)}\u0001"));
                }
            }

            parts.Add($"{table}={rows}:{Convert.ToHexString(hash.GetHashAndReset())[..12]}");
        }

        return string.Join(" ", parts);
    }
}
