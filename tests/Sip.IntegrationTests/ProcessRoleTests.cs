using System.Net;
using Hangfire;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sip.Infrastructure.Persistence;
using Sip.IntegrationTests.Infrastructure;
using Sip.Web.Hosting;
using Sip.Web.Jobs;

namespace Sip.IntegrationTests;

/// <summary>
/// Sip:Role splits the application into web nodes and workers: each serves only its part, a
/// worker still answers its probes, and the probes tell an orchestrator "alive" apart from
/// "ready for traffic" while the database is away.
/// </summary>
public sealed class ProcessRoleTests
{
    [Theory]
    [InlineData(null, "All", true, true, true)]
    [InlineData("all", "All", true, true, true)]
    [InlineData(" Web ", "Web", true, false, false)]
    [InlineData("WORKER", "Worker", false, true, false)]
    public void The_role_decides_what_the_process_serves_runs_and_migrates(string? role, string expected, bool servesWeb,
        bool runsJobServer, bool migrates)
    {
        var setup = ProcessSetup.From(Configuration(("Sip:Role", role), ("Database:Provider", "Postgres")));

        Assert.Equal(expected, setup.Role.ToString());
        Assert.Equal(servesWeb, setup.ServesWeb);
        Assert.True(setup.UsesJobs);
        Assert.Equal(runsJobServer, setup.RunsJobServer);
        Assert.Equal(migrates, setup.MigratesAtStartup);
    }

    [Fact]
    public void An_explicit_MigrateAtStartup_wins_over_the_role_default_and_Jobs_Enabled_false_leaves_Hangfire_out()
    {
        Assert.True(ProcessSetup.From(
            Configuration(("Sip:Role", "Web"), ("Database:Provider", "Postgres"),
                ("Database:MigrateAtStartup", "true"))).MigratesAtStartup);
        Assert.False(ProcessSetup.From(Configuration(("Sip:Role", "All"), ("Database:MigrateAtStartup", "false"))).MigratesAtStartup);

        var withoutJobs = ProcessSetup.From(Configuration(("Jobs:Enabled", "false")));
        Assert.False(withoutJobs.UsesJobs);
        Assert.False(withoutJobs.RunsJobServer);
        Assert.True(withoutJobs.ServesWeb);
    }

    [Theory]
    [InlineData("Primary", "Postgres", "true", "Sip:Role 'Primary' is not one of All, Web, Worker.")]
    [InlineData("1", "Postgres", "true", "Sip:Role '1' is not one of All, Web, Worker.")]
    [InlineData("Worker", "Postgres", "false", "Sip:Role Worker runs the background jobs and nothing else")]
    [InlineData("Worker", "Sqlite", "true", "needs Database:Provider Postgres or SqlServer")]
    [InlineData("Web", "Sqlite", "true", "needs Database:Provider Postgres or SqlServer")]
    public void A_role_that_cannot_work_stops_start_up_with_the_reason(string role, string provider, string jobs, string reason)
    {
        var refused = Assert.Throws<InvalidOperationException>(
            () => ProcessSetup.From(Configuration(("Sip:Role", role), ("Database:Provider", provider), ("Jobs:Enabled", jobs))));

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("All", true, true)]
    [InlineData("Web", true, false)]
    [InlineData("Worker", false, true)]
    public async Task Each_role_serves_only_its_part_and_with_the_database_away_is_live_but_not_ready(string role, bool servesWeb,
        bool runsJobs)
    {
        await using var node = new RoleNode(role, DatabaseProvider.Postgres, RoleNode.UnreachablePostgres(),
            new Dictionary<string, string> { ["Database:MigrateAtStartup"] = "false" });
        using var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");
        using var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);

        // The API description needs no database: a web node serves it, a worker has no API at all.
        using var api = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(servesWeb ? HttpStatusCode.OK : HttpStatusCode.NotFound, api.StatusCode);
        if (!servesWeb)
        {
            using var emptyForm = new FormUrlEncodedContent([]);
            using var signIn = await client.PostAsync(new Uri("/konto/demo-inloggning", UriKind.Relative), emptyForm);
            Assert.Equal(HttpStatusCode.NotFound, signIn.StatusCode);
            foreach (var page in new[] { "/", "/logga-in", "/api/v1/plans", "/hangfire" })
            {
                using var answer = await client.GetAsync(page);
                Assert.True(answer.StatusCode == HttpStatusCode.NotFound, $"{page} answered {(int)answer.StatusCode} on a worker");
            }
        }

        var hosted = node.Services.GetServices<IHostedService>().ToList();
        Assert.Equal(runsJobs, hosted.OfType<BackgroundJobServerHostedService>().Any());
        Assert.Equal(runsJobs, hosted.OfType<RecurringJobs>().Any());
    }

    [Theory, PostgresData]
    public async Task A_worker_registers_the_recurring_jobs_in_the_storage_it_shares_with_web_nodes(DatabaseProvider provider)
    {
        var database = new PostgresTestDatabase();
        await database.InitializeAsync();
        try
        {
            await using (var db = database.CreateContext())
            {
                await db.Database.MigrateAsync();
            }

            await using var web = new RoleNode("Web", provider, database.ConnectionString);
            await using var worker = new RoleNode("Worker", provider, database.ConnectionString);
            using var webClient = web.CreateClient();
            using var workerClient = worker.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await workerClient.GetAsync("/health/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await webClient.GetAsync("/health/ready")).StatusCode);

            // The worker registers its jobs one by one, so wait for all of them, not for the first few.
            string[] expected = ["deadlines", "gallring", "inbox-entries", "outbox", "plan-documents"];
            var until = DateTime.UtcNow.AddSeconds(30);
            while (RecurringJobIds(web.Services).Count < expected.Length)
            {
                Assert.True(DateTime.UtcNow < until, "The worker did not register the recurring jobs: "
                    + string.Join(", ", RecurringJobIds(web.Services)));
                await Task.Delay(200);
            }

            Assert.Equal(expected, RecurringJobIds(web.Services).Order(StringComparer.Ordinal));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static List<string> RecurringJobIds(IServiceProvider node)
    {
        using var connection = node.GetRequiredService<JobStorage>().GetConnection();
        return [.. connection.GetAllItemsFromSet("recurring-jobs")];
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Where(s => s.Value is not null).Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
}
