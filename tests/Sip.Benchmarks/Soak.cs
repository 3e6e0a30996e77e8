using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using Sip.Infrastructure.Seeding;

namespace Sip.Benchmarks;

/// <summary>
/// The soak: the real app as its own process on PostgreSQL, under a steady mixed load for a given
/// time, the way a county's staff would use it. Each worker takes cases through the workflow: the
/// social worker starts a plan with consent, summons Beroendemottagningen, records the goals and
/// proposes an insats; the nurse reads the inbox, accepts the invitation and the insats; both read
/// the plan and their lists; now and then the SIP-stödjare reads the follow-up. Every answer other
/// than the one expected is an error. The app's working set is sampled throughout: after the
/// warm-up it must not grow.
/// </summary>
internal static class Soak
{
    private static readonly TimeSpan Sample = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan WarmUp = TimeSpan.FromMinutes(2);

    public static async Task<int> RunAsync(Options options, string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var length = TimeSpan.FromMinutes(double.Parse(Value("--minutes") ?? "10", CultureInfo.InvariantCulture));
        var workers = int.Parse(Value("--workers") ?? "8", CultureInfo.InvariantCulture);
        var think = TimeSpan.FromMilliseconds(int.Parse(Value("--think") ?? "50", CultureInfo.InvariantCulture));

        var tokens = new DemoTokens();
        var database = await CreateDatabaseAsync(options.Postgres);
        var port = AppProcess.FreePort();
        Console.WriteLine($"Soak: {length.TotalMinutes:F0} min, {workers} workers, {think.TotalMilliseconds:F0} ms between requests, app " +
            $"on 127.0.0.1:{port}, database {new NpgsqlConnectionStringBuilder(database).Database}");
        using var app = StartApp(database, port, tokens);
        try
        {
            using var http = new HttpClient(
                new SocketsHttpHandler { MaxConnectionsPerServer = workers * 2 })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
                Timeout = TimeSpan.FromSeconds(30)
            };
            await AppProcess.WaitForAsync(http, app, "health", TimeSpan.FromMilliseconds(500));
            var load = new Load(http, tokens, think);
            var memory = new List<(TimeSpan At, long WorkingSet)>();
            var started = Stopwatch.StartNew();
            using var stop = new CancellationTokenSource(length);
            var running = Enumerable.Range(0, workers).Select(w => Task.Run(() => load.WorkAsync(w, stop.Token))).ToList();
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(Sample, CancellationToken.None);
                app.Refresh();
                memory.Add((started.Elapsed, app.WorkingSet64));
                Console.WriteLine($"  {started.Elapsed:mm\\:ss}  requests {load.Count,7}  errors {load.Errors,3}  working set " +
                    $"{app.WorkingSet64 / 1048576.0,6:F0} MB");
            }

            await Task.WhenAll(running);
            return Report(load, memory, length, workers, think, options.Out);
        }
        finally
        {
            await AppProcess.StopAsync(app);
            await DropDatabaseAsync(options.Postgres, database);
        }
    }

    private static int Report(Load load, List<(TimeSpan At, long WorkingSet)> memory, TimeSpan length, int workers, TimeSpan think,
        string? outFile)
    {
        var steady = memory.Where(m => m.At >= WarmUp).ToList();
        static double Mb(long bytes) => bytes / 1048576.0;
        var early = Median(steady.Take(8).Select(m => Mb(m.WorkingSet)));
        var late = Median(steady.TakeLast(8).Select(m => Mb(m.WorkingSet)));
        var slope = Slope(steady.Select(m => (m.At.TotalMinutes, Mb(m.WorkingSet))).ToList());
        var grows = late > early * 1.10;
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Soak on PostgreSQL: {length.TotalMinutes:F0} min, {workers} workers, {think.TotalMilliseconds:F0} ms think time");
        report.AppendLine(CultureInfo.InvariantCulture,
            $"  requests {load.Count} ({load.Count / length.TotalSeconds:F1}/s), errors {load.Errors}, plans taken through {load.Plans}");
        foreach (var (operation, timings) in load.Timings.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var sorted = timings.Order().ToList();
            report.AppendLine(CultureInfo.InvariantCulture,
                $"  {operation,-28} {sorted.Count,7}  p50 {LoadResult.Percentile(sorted, 0.50),6:F1} ms  p95 " +
                $"{LoadResult.Percentile(sorted, 0.95),6:F1} ms  p99 {LoadResult.Percentile(sorted, 0.99),6:F1} ms");
        }

        foreach (var (status, count) in load.Statuses.OrderBy(s => s.Key))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  status {status}: {count}");
        }

        report.AppendLine(CultureInfo.InvariantCulture,
            $"  working set after the {WarmUp.TotalMinutes:F0}-minute warm-up: first 2 min median {early:F0} MB, last 2 min median " +
            $"{late:F0} MB, trend {slope:+0.0;-0.0} MB/min, peak {Mb(memory.Max(m => m.WorkingSet)):F0} MB");
        report.AppendLine(load.Errors == 0 && !grows ? "  held: zero errors, memory not growing"
            : $"  NOT held: {load.Errors} errors{(grows ? ", memory grew more than 10 %" : string.Empty)}");
        foreach (var error in load.FirstErrors)
        {
            report.AppendLine("  error: " + error);
        }

        Console.Write(report);
        if (outFile is not null)
        {
            File.WriteAllText(outFile, report.ToString());
        }

        return load.Errors == 0 && !grows ? 0 : 1;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    /// <summary>Least-squares slope of the working set over time.</summary>
    private static double Slope(List<(double X, double Y)> points)
    {
        if (points.Count < 2)
        {
            return 0;
        }

        var (mx, my) = (points.Average(p => p.X), points.Average(p => p.Y));
        var denominator = points.Sum(p => (p.X - mx) * (p.X - mx));
        return denominator == 0 ? 0 : points.Sum(p => (p.X - mx) * (p.Y - my)) / denominator;
    }

    /// <summary>The load of one worker: case after case through the workflow, at a steady pace.</summary>
    private sealed class Load(HttpClient http, DemoTokens tokens, TimeSpan think)
    {
        private int _count;
        private int _errors;
        private int _plans;

        public int Count => Volatile.Read(ref _count);

        public int Errors => Volatile.Read(ref _errors);

        public int Plans => Volatile.Read(ref _plans);

        public ConcurrentDictionary<string, ConcurrentBag<double>> Timings { get; } = new();

        public ConcurrentDictionary<int, int> Statuses { get; } = new();

        public ConcurrentQueue<string> FirstErrors { get; } = new();

        public async Task WorkAsync(int worker, CancellationToken stop)
        {
            var social = tokens.For(DemoDirectory.SocialWorker);
            var nurse = tokens.For(DemoDirectory.Nurse);
            var support = tokens.For(DemoDirectory.SipSupport);
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var started = await SendAsync("StartPlanFromCase", social, HttpMethod.Post, "api/v1/plans",
                    new
                    {
                        initiatingUnitId = DemoDirectory.VuxenenhetenOstersund,
                        externalCaseReference = $"SOAK-{worker}-{i}",
                        origin = "SocialServicesCase",
                        personalIdentityNumber = "19850314-9828",
                        personName = "Soak Testsson",
                        reason = "Beroende och behov av samordning."
                    }, HttpStatusCode.Created);
                if (started is null)
                {
                    continue;
                }

                var planId = started.Value.GetProperty("planId").GetGuid();
                var plan = $"api/v1/plans/{planId}";
                var version = await ChangeAsync("RecordConsent", social, HttpMethod.Post, $"{plan}/consents",
                    new
                    {
                        expectedVersion = 1,
                        givenBy = "Person",
                        form = "Written",
                        scopeOrganizationIds = new[] { DemoDirectory.Ostersund, DemoDirectory.RegionJh },
                        nextOfKinMayTakePart = false
                    },
                    HttpStatusCode.Created);
                var invited = await SendAsync("InviteParticipant", social, HttpMethod.Post, $"{plan}/participants",
                    new { expectedVersion = version, kind = "PrincipalUnit", unitId = DemoDirectory.BeroendemottagningenOstersund },
                    HttpStatusCode.Created);
                var goals = await ChangeAsync("RecordGoalsAndNeeds", social, HttpMethod.Put, $"{plan}/goals",
                    new
                    {
                        expectedVersion = invited?.GetProperty("version").GetInt32() ?? 0,
                        personGoals = "Att ha ett eget boende och en vardag utan alkohol.",
                        needs = new[] { "Boende", "Behandling för alkoholberoende" }
                    }, HttpStatusCode.OK);
                var proposed = await SendAsync("ProposeAction", social, HttpMethod.Post, $"{plan}/actions",
                    new
                    {
                        expectedVersion = goals,
                        actionTypeCode = "region.abstinensbehandling-oppen-vard",
                        owningUnitId = DemoDirectory.BeroendemottagningenOstersund,
                        description = "Samtalsbehandling varannan vecka.",
                        startOn = DateOnly.FromDateTime(DateTime.Today.AddDays(14))
                    }, HttpStatusCode.Created);
                await SendAsync("GetUnitInbox", nurse, HttpMethod.Get, "api/v1/inbox", null, HttpStatusCode.OK);
                var responded = await ChangeAsync("RespondToInvitation", nurse, HttpMethod.Put,
                    $"{plan}/participants/{invited?.GetProperty("createdId").GetGuid()}/response",
                    new { expectedVersion = proposed?.GetProperty("version").GetInt32() ?? 0, accept = true }, HttpStatusCode.OK);
                await ChangeAsync("DecideAction", nurse, HttpMethod.Put,
                    $"{plan}/actions/{proposed?.GetProperty("createdId").GetGuid()}/acceptance",
                    new { expectedVersion = responded, accept = true }, HttpStatusCode.OK);
                await SendAsync("GetPlan (nurse)", nurse, HttpMethod.Get, plan, null, HttpStatusCode.OK);
                await SendAsync("GetPlan", social, HttpMethod.Get, plan, null, HttpStatusCode.OK);
                await SendAsync("ListMyPlans", social, HttpMethod.Get, "api/v1/plans?page=1&pageSize=25", null, HttpStatusCode.OK);
                await SendAsync("GetPlanAuditTrail", social, HttpMethod.Get, $"{plan}/audit-trail", null, HttpStatusCode.OK);
                if (i % 10 == 0)
                {
                    await SendAsync("GetAreaAudit (stödjare)", support, HttpMethod.Get, "api/v1/area/audit", null, HttpStatusCode.OK);
                }

                Interlocked.Increment(ref _plans);
            }
        }

        private async Task<int> ChangeAsync(string operation, string token, HttpMethod method, string url, object body,
            HttpStatusCode expected) =>
            (await SendAsync(operation, token, method, url, body, expected))?.GetProperty("version").GetInt32() ?? 0;

        private async Task<JsonElement?> SendAsync(string operation, string token, HttpMethod method, string url, object? body,
            HttpStatusCode expected)
        {
            await Task.Delay(think);
            using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var watch = Stopwatch.StartNew();
            int status;
            string text;
            try
            {
                using var response = await http.SendAsync(request);
                text = await response.Content.ReadAsStringAsync();
                status = (int)response.StatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                (status, text) = (0, e.Message);
            }

            Timings.GetOrAdd(operation, _ => []).Add(watch.Elapsed.TotalMilliseconds);
            Statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            Interlocked.Increment(ref _count);
            if (status != (int)expected)
            {
                if (Interlocked.Increment(ref _errors) <= 10)
                {
                    FirstErrors.Enqueue($"{operation} {method} {url}: {status} {text[..Math.Min(300, text.Length)]}");
                }

                return null;
            }

            return text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone();
        }
    }

    private static Process StartApp(string database, int port, DemoTokens tokens) =>
        AppProcess.Start(port, new Dictionary<string, string>(tokens.Environment)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Sip"] = database,
            ["Seed__DemoData"] = "true",

            // One token per demo user carries the whole load; the limit per user is for people, not for this.
            ["RateLimiting__ApiRequestsPerMinute"] = "1000000",
            ["Logging__LogLevel__Default"] = "Warning",
        });

    private static async Task<string> CreateDatabaseAsync(string server)
    {
        var name = "sip_soak_" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        await using var connection =
            new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private static async Task DropDatabaseAsync(string server, string database)
    {
        await using var connection =
            new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command =
            new NpgsqlCommand($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(database).Database} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
