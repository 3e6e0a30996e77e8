using Microsoft.EntityFrameworkCore;
using Sip.Infrastructure.Persistence;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// <c>dotnet Sip.Web.dll migrate</c>, the step a compose file or a Kubernetes Job runs before the
/// nodes start: it brings the configured database to the current model and says by its exit code
/// whether it did. Run as the real process, as a deployment runs it.
/// </summary>
public sealed class MigrateCommandTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Migrate_brings_an_empty_database_to_the_current_model_without_demo_data_and_exits_0(DatabaseProvider provider)
    {
        TestDatabase database = provider == DatabaseProvider.Sqlite ? new SqliteTestDatabase() : new PostgresTestDatabase();
        await database.InitializeAsync();
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["Database__Provider"] = provider.ToString(),
                ["ConnectionStrings__Sip"] = database.ConnectionString,
                ["Seed__DemoData"] = "false",
            };

            var first = await RunAsync(["migrate"], environment);
            Assert.True(first.Code == 0, $"exit {first.Code}: {first.Errors}");
            Assert.Contains("migrate: applied", first.Output, StringComparison.Ordinal);
            await using (var db = database.CreateContext())
            {
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal(1, await db.CountyPolicies.CountAsync());
                Assert.False(await db.Organizations.AnyAsync(), "migrate seeded the demo county though Seed:DemoData was false");
                if (provider == DatabaseProvider.Postgres)
                {
                    // Hangfire's tables too, so that no node of a rolling upgrade changes the schema.
                    var jobTables = await db.Database.SqlQueryRaw<int>(
                        "SELECT count(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = 'hangfire' AND table_name " +
                        "IN ('job', 'schema')").SingleAsync();
                    Assert.Equal(2, jobTables);
                }
            }

            var again = await RunAsync(["migrate"], environment);
            Assert.True(again.Code == 0, $"exit {again.Code}: {again.Errors}");
            Assert.Contains("already current", again.Output, StringComparison.Ordinal);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    /// <summary>
    /// A server database made by a build from before the migrations were squashed is never migrated over: the step
    /// exits 1 naming the release upgrades are supported from, and writes nothing.
    /// </summary>
    [Theory, PostgresData]
    public async Task Migrate_refuses_a_database_from_before_the_first_release_and_writes_nothing(DatabaseProvider provider)
    {
        var database = new PostgresTestDatabase();
        await database.InitializeAsync();
        try
        {
            await using (var db = database.CreateContext())
            {
                await db.Database.ExecuteSqlRawAsync("""
                    CREATE TABLE "__EFMigrationsHistory" ("MigrationId" varchar(150) PRIMARY KEY, "ProductVersion" varchar(32) NOT NULL);
                    INSERT INTO "__EFMigrationsHistory" VALUES ('20261123063302_Initial', '10.0.0');
                    """);
            }

            var result = await RunAsync(["migrate"], new Dictionary<string, string>
            {
                ["Database__Provider"] = provider.ToString(),
                ["ConnectionStrings__Sip"] = database.ConnectionString,
                ["Seed__DemoData"] = "false",
            });

            Assert.Equal(1, result.Code);
            Assert.Contains($"Upgrades are supported from {DatabaseInitializer.FirstRelease} on", result.Errors, StringComparison.Ordinal);
            await using (var db = database.CreateContext())
            {
                var tables = await db.Database.SqlQueryRaw<int>(
                    "SELECT count(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'").SingleAsync();
                Assert.Equal(1, tables);
            }
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Migrate_exits_non_zero_with_the_reason_when_the_database_cannot_be_reached()
    {
        var unreachable = RoleNode.UnreachablePostgres();

        var result = await RunAsync(["migrate"],
            new Dictionary<string, string>
            {
                ["Database__Provider"] = "Postgres",
                ["ConnectionStrings__Sip"] = unreachable,
                ["Seed__DemoData"] = "false"
            });

        Assert.NotEqual(0, result.Code);
        Assert.Contains("migrate failed:", result.Errors, StringComparison.Ordinal);
        Assert.Contains("refused", result.Errors, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_role_stops_the_process_at_start_with_a_message_naming_the_roles()
    {
        var result = await RunAsync(["--urls", "http://127.0.0.1:0"], new Dictionary<string, string> { ["Sip__Role"] = "Primary" });

        Assert.NotEqual(0, result.Code);
        Assert.Contains("Sip:Role 'Primary' is not one of All, Web, Worker.", result.Errors, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Errors)> RunAsync(IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment)
    {
        using var app = AppProcess.Start("Sip.Web " + string.Join(' ', arguments), arguments,
            environment.ToDictionary(e => e.Key, e => (string?)e.Value));
        var code = await app.WaitForExitAsync(TimeSpan.FromMinutes(2));
        return (code, app.Output, app.Errors);
    }
}
