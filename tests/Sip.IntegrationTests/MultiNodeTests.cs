using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Npgsql;
using Sip.Application.Features;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Sip.IntegrationTests;

/// <summary>
/// The deployment of a county, on one machine: the migration step, two web nodes and one worker as
/// processes of their own against one PostgreSQL, behind nginx with sticky sessions, as the compose
/// files and the Kubernetes manifests run them. A plan goes through its life with the social worker
/// on one node and the clinic's nurse on the other, and the worker's reminders reach the mail
/// server once each.
/// </summary>
public sealed class MultiNodeTests(ITestOutputHelper output)
{
    internal const string Nginx = "/usr/sbin/nginx";

    [MultiNodeFact]
    public async Task Two_web_nodes_and_a_worker_behind_nginx_share_a_plan_and_send_each_reminder_once()
    {
        Assert.True(File.Exists(Nginx), $"No nginx at {Nginx}: bash .ci/run installs Debian's package.");

        var database = await PostgresServer.CreateDatabaseAsync();
        await using var smtp = new SmtpListener();
        var folder = Directory.CreateTempSubdirectory("sip-multinode-").FullName;
        var processes = new List<Node>();
        Process? proxy = null;
        try
        {
            // The migration step runs alone and ends; no node migrates at start-up.
            using (var migrate = Node.Start("migrate", database, smtp.Port, role: null, port: null, "migrate"))
            {
                await migrate.Process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
                Assert.True(migrate.Process.ExitCode == 0, $"migrate exited with {migrate.Process.ExitCode}:\n{migrate.Output}");
            }

            var web = new[] { Node.Start("web-1", database, smtp.Port, "Web", FreePort()),
                Node.Start("web-2", database, smtp.Port, "Web", FreePort()) };
            var worker = Node.Start("worker", database, smtp.Port, "Worker", FreePort());
            processes.AddRange([.. web, worker]);
            foreach (var node in processes)
            {
                await node.WaitUntilLiveAsync();
            }

            var proxyPort = FreePort();
            proxy = StartNginx(folder, proxyPort, web.Select(n => n.Port!.Value));
            var proxyAddress = new Uri($"http://127.0.0.1:{proxyPort}/");
            await WaitForAsync(async () => (await TryGetAsync(proxyAddress, "health/ready")) == HttpStatusCode.OK, TimeSpan.FromSeconds(30),
                "nginx to answer");

            // Two browsers' affinity cookies that nginx sends to different nodes; each stays on its node.
            var (socialCookie, socialNode, nurseCookie, nurseNode) = await TwoStickyCookiesAsync(proxyAddress);
            using var social = Client(proxyAddress, socialCookie, DemoDirectory.SocialWorker);
            using var nurse = Client(proxyAddress, nurseCookie, DemoDirectory.Nurse);

            var plan = await Scenarios.StartWithClinicAsync(social, "Nod Flerasson");
            var version = await ChangeAsync(nurse, HttpMethod.Put,
                $"/api/v1/plans/{plan.PlanId}/participants/{plan.ClinicParticipantId}/response",
                new { expectedVersion = plan.Version, accept = true });
            var (afterProposal, actionId) = await CreateAsync(social, $"/api/v1/plans/{plan.PlanId}/actions",
                new
                {
                    expectedVersion = version,
                    actionTypeCode = "region.laro",
                    owningUnitId = DemoDirectory.BeroendemottagningenOstersund,
                    description = "LARO-bedömning.",
                    startOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7))
                });
            version = await ChangeAsync(nurse, HttpMethod.Put, $"/api/v1/plans/{plan.PlanId}/actions/{actionId}/acceptance",
                new { expectedVersion = afterProposal, accept = true });
            version = await ChangeAsync(social, HttpMethod.Put, $"/api/v1/plans/{plan.PlanId}/goals",
                new
                {
                    expectedVersion = version,
                    personGoals = "Jag vill ha ett eget boende.",
                    needs = new[] { "Stöd att hålla sig drogfri." }
                });
            version = await ChangeAsync(nurse, HttpMethod.Put, $"/api/v1/plans/{plan.PlanId}/overall-responsibility",
                new { expectedVersion = version, unitId = DemoDirectory.BeroendemottagningenOstersund });
            version = await ChangeAsync(social, HttpMethod.Post, $"/api/v1/plans/{plan.PlanId}/establishment",
                new
                {
                    expectedVersion = version,
                    personParticipated = true,
                    personApproved = true,
                    nextFollowUpOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(90))
                });
            var seenByNurse = await nurse.GetFromJsonAsync<PlanView>(new Uri($"/api/v1/plans/{plan.PlanId}", UriKind.Relative),
                Json.Options);
            Assert.Equal(("Established", version), (seenByNurse!.Status, seenByNurse.Version));
            await ChangeAsync(social, HttpMethod.Post, $"/api/v1/plans/{plan.PlanId}/closure",
                new { expectedVersion = version, reason = "GoalsReached", note = (string?)null });
            Assert.Equal(socialNode, Upstream(await social.GetAsync(new Uri($"/api/v1/plans/{plan.PlanId}", UriKind.Relative))));
            Assert.Equal(nurseNode, Upstream(await nurse.GetAsync(new Uri($"/api/v1/plans/{plan.PlanId}", UriKind.Relative))));

            // A second plan whose kallelse the clinic leaves unanswered a week past its date: only the
            // worker runs the scan and the outbox; each reminder reaches the mail server once.
            var waiting = await Scenarios.StartWithClinicAsync(social, "Frist Flerasson");
            await using (var connection = new NpgsqlConnection(database))
            {
                await connection.OpenAsync();
                await using var late =
                    new NpgsqlCommand("""UPDATE "PlanParticipants" SET "RespondBy" = current_date - 7 WHERE "Id" = @id""", connection);
                late.Parameters.AddWithValue("id", waiting.ClinicParticipantId!.Value);
                Assert.Equal(1, await late.ExecuteNonQueryAsync());
            }

            var reminders = await WaitForRemindersAsync(database, waiting.PlanId);
            // One more scan and one more dispatch after delivery: a reminder written or sent again would show.
            var (scansBefore, dispatchesBefore) =
                (await SucceededJobsAsync(database, "DeadlineScanner"), await SucceededJobsAsync(database, "OutboxDispatcher"));
            await WaitForAsync(
                async () => await SucceededJobsAsync(database, "DeadlineScanner") > scansBefore
                    && await SucceededJobsAsync(database, "OutboxDispatcher") > dispatchesBefore,
                TimeSpan.FromMinutes(2),
                "another scan and dispatch by the worker");
            var mails = smtp.Messages.Select(raw => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw))))
                .Where(m => m.Subject?.StartsWith(waiting.ReferenceNumber, StringComparison.Ordinal) == true).ToList();
            output.WriteLine($"{reminders.Count} reminders for {waiting.ReferenceNumber}, {mails.Count} mails of the plan; social worker " +
                $"on {socialNode}, nurse on {nurseNode}");
            Assert.NotEmpty(reminders);
            Assert.Equal(mails.Count, mails.Select(m => m.MessageId).Distinct().Count());
            Assert.Contains(mails, m => reminders.Any(r => r.MessageId == m.MessageId));
            Assert.All(reminders,
                r => Assert.True(mails.Count(m => m.MessageId == r.MessageId) <= 1, $"{r.Key} was mailed more than once"));
            await using (var connection = new NpgsqlConnection(database))
            {
                await connection.OpenAsync();
                await using var twice = new NpgsqlCommand(
                    """SELECT count(*) FROM "Outbox" WHERE "Attempts" > 1 OR ("DeliveredAt" IS NULL AND "DueAt" <= now())""", connection);
                Assert.Equal(0L, (long)(await twice.ExecuteScalarAsync())!);
            }

            // The web nodes ran no job: every job was processed by the worker's Hangfire server, whose
            // id carries its process id.
            var servers = await JobServersAsync(database);
            Assert.NotEmpty(servers);
            Assert.All(servers, server => Assert.Equal(worker.Process.Id.ToString(CultureInfo.InvariantCulture), server.Split(':')[^2]));
        }
        finally
        {
            // nginx in the foreground (daemon off) ends with its workers when its master is killed.
            if (proxy is { HasExited: false })
            {
                proxy.Kill(entireProcessTree: true);
                await proxy.WaitForExitAsync();
            }

            proxy?.Dispose();
            foreach (var node in processes)
            {
                node.Dispose();
            }

            Directory.Delete(folder, recursive: true);
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    private sealed record PlanView(string Status, int Version);

    private sealed record Reminder(string Key, string MessageId);

    private static HttpClient Client(Uri proxy, string affinity, Guid userId)
    {
        var handler = new HttpClientHandler { UseCookies = false };
        var client = new HttpClient(handler) { BaseAddress = proxy, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.ForUser(userId));
        client.DefaultRequestHeaders.Add("Cookie", $"sip_node={affinity}");
        return client;
    }

    private static async Task<int> ChangeAsync<T>(HttpClient client, HttpMethod method, string url, T body)
    {
        using var response = await client.SendAsync(
            new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = JsonContent.Create(body, options: Json.Options) });
        Assert.True(response.IsSuccessStatusCode,
            $"{method} {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!.Version;
    }

    private static async Task<(int Version, Guid Created)> CreateAsync<T>(HttpClient client, string url, T body)
    {
        using var response = await client.PostJsonAsync(url, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var changed = (await response.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!;
        return (changed.Version, changed.CreatedId!.Value);
    }

    private static string Upstream(HttpResponseMessage response)
    {
        using (response)
        {
            return response.Headers.TryGetValues("X-Sip-Upstream", out var values) ? values.Single()
                : throw new InvalidOperationException("nginx named no upstream");
        }
    }

    /// <summary>Affinity values until two land on different nodes; each asked again to prove it stays.</summary>
    private static async Task<(string, string, string, string)> TwoStickyCookiesAsync(Uri proxy)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < 64 && seen.Count < 2; i++)
        {
            var affinity = $"browser-{i}";
            using var client = Client(proxy, affinity, DemoDirectory.SocialWorker);
            var nodes = new HashSet<string>(StringComparer.Ordinal);
            for (var ask = 0; ask < 5; ask++)
            {
                nodes.Add(Upstream(await client.GetAsync(new Uri("health/live", UriKind.Relative))));
            }

            Assert.Single(nodes);
            seen.TryAdd(nodes.Single(), affinity);
        }

        Assert.Equal(2, seen.Count);
        var (first, second) = (seen.First(), seen.Last());
        return (first.Value, first.Key, second.Value, second.Key);
    }

    private static async Task<List<Reminder>> WaitForRemindersAsync(string database, Guid planId)
    {
        var found = new List<Reminder>();
        await WaitForAsync(
            async () =>
            {
                await using var connection = new NpgsqlConnection(database);
                await connection.OpenAsync();
                await using var query = new NpgsqlCommand(
                    """SELECT "Key", "DeliveredAt" IS NOT NULL FROM "Outbox" WHERE "PlanId" = @plan AND "Kind" = 'Reminder'""", connection);
                query.Parameters.AddWithValue("plan", planId);
                var rows = new List<(string Key, bool Delivered)>();
                await using (var reader = await query.ExecuteReaderAsync())
                {
                    while (await reader.ReadAsync())
                    {
                        rows.Add((reader.GetString(0), reader.GetBoolean(1)));
                    }
                }

                found = [.. rows.Select(r => new Reminder(r.Key, r.Key.Replace(':', '.') + "@sip"))];
                return rows.Count > 0 && rows.All(r => r.Delivered);
            },
            TimeSpan.FromMinutes(4),
            "the worker to write the reminders and deliver them");
        return found;
    }

    private static async Task<long> SucceededJobsAsync(string database, string type)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            """SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%' || @type || '%' AND statename = 'Succeeded'""",
            connection);
        query.Parameters.AddWithValue("type", type);
        return (long)(await query.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> JobServersAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            "SELECT DISTINCT data::json->>'ServerId' FROM hangfire.state WHERE name IN ('Processing', 'Succeeded') " +
            "AND data::json->>'ServerId' IS NOT NULL", connection);
        var servers = new List<string>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            servers.Add(reader.GetString(0));
        }

        return servers;
    }

    private static Process StartNginx(string folder, int port, IEnumerable<int> upstreams)
    {
        foreach (var temp in new[] { "body", "proxy", "fastcgi", "uwsgi", "scgi" })
        {
            Directory.CreateDirectory(Path.Combine(folder, temp));
        }

        var file = Path.Combine(folder, "nginx.conf");
        File.WriteAllText(file, ProxyConfig(folder, port, upstreams));
        var start = new ProcessStartInfo(Nginx) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", folder, "-c", file, "-g", Environment.UserName == "root" ? "daemon off; user root;"
            : "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// deploy/nginx.conf as the compose files ship it, pointed at this machine's nodes and folder,
    /// and naming in a header the node that answered. Each change is asserted, so a proxy file that
    /// no longer has the shape the test expects fails here rather than testing something else.
    /// </summary>
    private static string ProxyConfig(string folder, int port, IEnumerable<int> upstreams)
    {
        var shipped = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "deploy", "nginx.conf"));
        string Swap(string text, string from, string to)
        {
            Assert.True(text.Contains(from, StringComparison.Ordinal), $"deploy/nginx.conf no longer has: {from}");
            return text.Replace(from, to, StringComparison.Ordinal);
        }

        var nodes = Regex.Matches(shipped, @"^\s*server web\d+:8080[^\n]*\n", RegexOptions.Multiline);
        Assert.Equal(2, nodes.Count);
        var config = shipped.Replace(nodes[1].Value, string.Empty, StringComparison.Ordinal)
            .Replace(nodes[0].Value, string.Concat(upstreams.Select(p => $"        server 127.0.0.1:{p} max_fails=3 fail_timeout=10s;\n")),
                StringComparison.Ordinal);
        config = Swap(config, "listen 80;", $"listen 127.0.0.1:{port};");
        config = Swap(config, "access_log /dev/stdout;", "access_log off;");
        config = Swap(config, "add_header Set-Cookie $sip_node_cookie always;",
            "add_header Set-Cookie $sip_node_cookie always;\n        add_header X-Sip-Upstream $upstream_addr always;");
        config = Swap(config, "http {",
            $"http {{\n    client_body_temp_path {folder}/body;\n    proxy_temp_path {folder}/proxy;\n    fastcgi_temp_path " +
            $"{folder}/fastcgi;\n    uwsgi_temp_path {folder}/uwsgi;\n    scgi_temp_path {folder}/scgi;");
        return $"pid {folder}/nginx.pid;\nerror_log {folder}/error.log warn;\n" + config;
    }

    private static async Task<HttpStatusCode?> TryGetAsync(Uri baseAddress, string path)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    private static async Task WaitForAsync(Func<Task<bool>> done, TimeSpan patience, string what)
    {
        var until = DateTime.UtcNow + patience;
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < until, $"Waited {patience.TotalSeconds:F0} s for {what}.");
            await Task.Delay(1000);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>One process of the app from the test's build output, with the role and settings of a node.</summary>
    private sealed class Node : IDisposable
    {
        private readonly AppProcess _app;

        private Node(AppProcess app, int? port)
        {
            _app = app;
            Port = port;
        }

        public string Name => _app.Name;

        public Process Process => _app.Process;

        public int? Port { get; }

        public string Output => _app.Output;

        public static Node Start(string name, string database, int smtpPort, string? role, int? port, params string[] command)
        {
            string[] listen = port is { } p ? ["--urls", $"http://127.0.0.1:{p}"] : [];
            var environment = new Dictionary<string, string?>
            {
                ["Database__Provider"] = "Postgres",
                ["ConnectionStrings__Sip"] = database,
                ["Database__MigrateAtStartup"] = "false",
                ["Seed__DemoData"] = role is null ? "true" : "false",
                ["Sip__Role"] = role,
                ["Mail__Smtp__Host"] = "127.0.0.1",
                ["Mail__Smtp__Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
                ["Jobs__DeadlineCron"] = "* * * * *",
                ["Jobs__OutboxCron"] = "* * * * *",
                ["RateLimiting__ApiRequestsPerMinute"] = "1000000",
                ["Auth__Jwt__Issuer"] = TestTokens.Issuer,
                ["Auth__Jwt__Audience"] = TestTokens.Audience,
                ["Auth__Jwt__SigningKey"] = TestTokens.SigningKey,
            };
            return new Node(AppProcess.Start(name, [.. command, .. listen], environment), port);
        }

        public async Task WaitUntilLiveAsync()
        {
            var address = new Uri($"http://127.0.0.1:{Port}/");
            await WaitForAsync(
                async () =>
                {
                    Assert.False(Process.HasExited, $"{Name} stopped:\n{Output}");
                    return await TryGetAsync(address, "health/ready") == HttpStatusCode.OK;
                },
                TimeSpan.FromMinutes(2),
                $"{Name} to be ready");
        }

        public void Dispose() => _app.Dispose();
    }
}

/// <summary>Runs where PostgreSQL and nginx can be had; skipped with a reason elsewhere, never under CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MultiNodeFactAttribute : FactAttribute
{
    public MultiNodeFactAttribute()
    {
        Skip = PostgresServer.SkipReason
            ?? (File.Exists(MultiNodeTests.Nginx) || PostgresServer.IsCi ? null
                : $"No nginx at {MultiNodeTests.Nginx} (bash .ci/run installs Debian's).");
    }
}
