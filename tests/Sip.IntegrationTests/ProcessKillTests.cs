using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Sip.IntegrationTests;

/// <summary>
/// The app is killed (SIGKILL, no shutdown) while eight case systems start plans through it as
/// fast as they can. Every plan in the database afterwards is whole — the person and the initiating
/// unit taking part, its one line in the access log — and every plan answered 201 is there.
/// </summary>
public sealed class ProcessKillTests(AppFixture apps, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    [Theory, PostgresData]
    public async Task Killing_the_app_in_the_middle_of_commands_leaves_no_half_written_plan(DatabaseProvider provider)
    {
        var testDatabase = (await apps.For(provider)).Database;
        var database = testDatabase.ConnectionString;
        var port = FreePort();
        using var app = Start(database, port);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", TestTokens.ForUser(DemoDirectory.SocialWorker));
        await WaitUntilHealthyAsync(client, app);

        // One plan first, so the load meets a warm app rather than its first compile of every query.
        using (var warm = await client.PostAsJsonAsync("api/v1/plans",
            new
            {
                initiatingUnitId = DemoDirectory.VuxenenhetenOstersund,
                externalCaseReference = "KILL-warm",
                origin = "SocialServicesCase",
                personalIdentityNumber = "19850314-9828",
                personName = "Avbruten Testsson",
                reason = "Samordning."
            }))
        {
            Assert.Equal(HttpStatusCode.Created, warm.StatusCode);
        }

        var created = new ConcurrentBag<string> { "KILL-warm" };
        var statuses = new ConcurrentDictionary<int, int>();
        var killed = false;
        var load = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; !Volatile.Read(ref killed); i++)
            {
                var reference = $"KILL-{worker}-{i}";
                try
                {
                    using var response = await client.PostAsJsonAsync("api/v1/plans",
                        new
                        {
                            initiatingUnitId = DemoDirectory.VuxenenhetenOstersund,
                            externalCaseReference = reference,
                            origin = "SocialServicesCase",
                            personalIdentityNumber = "19850314-9828",
                            personName = "Avbruten Testsson",
                            reason = "Samordning."
                        });
                    statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        created.Add(reference);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return;
                }
            }
        })).ToList();

        await Task.Delay(TimeSpan.FromSeconds(3));
        Volatile.Write(ref killed, true);
        app.Kill();
        await Task.WhenAll(load);

        await using var db = testDatabase.CreateContext();
        var plans = await db.Plans.AsNoTracking().Include(p => p.Participants)
            .Where(p => p.Origin.ExternalCaseReference.StartsWith("KILL-"))
            .Select(p => new { p.Id, p.Origin.ExternalCaseReference, p.Version, Kinds = p.Participants.Select(x => x.Kind).ToList() })
            .ToListAsync();
        var ids = plans.Select(p => p.Id).ToList();
        var logged = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == "StartPlanFromCase" && a.PlanId != null && ids.Contains(a.PlanId.Value))
            .GroupBy(a => a.PlanId).Select(g => new { PlanId = g.Key!.Value, Lines = g.Count() }).ToListAsync();
        var orphans = await db.AuditEntries.AsNoTracking()
            .CountAsync(a => a.Action == "StartPlanFromCase" && a.PlanId != null && !db.Plans.Any(p => p.Id == a.PlanId));

        output.WriteLine($"Killed under load: {created.Count} plans answered 201 " +
            $"({string.Join(", ", statuses.OrderBy(x => x.Key).Select(x => $"{x.Key}×{x.Value}"))}), {plans.Count} in the database, all " +
            $"whole");
        Assert.False(created.IsEmpty, "no plan was started before the kill");
        Assert.Empty(created.Except(plans.Select(p => p.ExternalCaseReference)));
        Assert.All(plans, p =>
        {
            Assert.Equal(1, p.Version);
            Assert.Equal([ParticipantKind.Person, ParticipantKind.PrincipalUnit], p.Kinds.Order());
            Assert.Equal(1, logged.SingleOrDefault(l => l.PlanId == p.Id)?.Lines);
        });
        Assert.Equal(0, orphans);
    }

    private static AppProcess Start(string database, int port) => AppProcess.Start(
        "app",
        ["--urls", $"http://127.0.0.1:{port}"],
        new Dictionary<string, string?>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Sip"] = database,
            ["Jobs__Enabled"] = "false",
            ["RateLimiting__ApiRequestsPerMinute"] = "1000000",
            ["Auth__Jwt__Issuer"] = TestTokens.Issuer,
            ["Auth__Jwt__Audience"] = TestTokens.Audience,
            ["Auth__Jwt__SigningKey"] = TestTokens.SigningKey,
        });

    private static async Task WaitUntilHealthyAsync(HttpClient client, AppProcess app)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            Assert.False(app.Process.HasExited, $"the app stopped before answering:\n{app.Output}");
            try
            {
                using var health = await client.GetAsync(new Uri("health", UriKind.Relative));
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500);
        }

        Assert.Fail("the app did not become healthy in a minute");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
