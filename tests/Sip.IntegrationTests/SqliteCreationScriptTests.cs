using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Sip.Infrastructure.Persistence;
using Sip.Application.ReadModels.Documents;
using Sip.Application.ReadModels.Inbox;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// The embedded default creates an empty database with a script instead of migrating it, so the
/// script must say exactly what the migrations do: a migration added without regenerating it
/// (deploy/migrations/regenerate.sh --scripts) fails here, and so does a database it creates that
/// differs from a migrated one in any table, column, index or recorded migration.
/// </summary>
public sealed class SqliteCreationScriptTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _created = new();
    private readonly SqliteTestDatabase _migrated = new();

    public async Task InitializeAsync()
    {
        await _created.InitializeAsync();
        await _migrated.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _created.DisposeAsync();
        await _migrated.DisposeAsync();
    }

    [Fact]
    public async Task The_embedded_script_is_the_one_the_migrations_generate()
    {
        using var db = _created.CreateContext();
        var generated = db.GetService<IMigrator>().GenerateScript();

        var embedded = await DatabaseInitializer.CreationScriptAsync(CancellationToken.None);

        Assert.True(Lines(embedded) == Lines(generated),
            "src/Sip.Infrastructure/Persistence/Sqlite/create.sql is not current: run deploy/migrations/regenerate.sh --scripts");
    }

    [Fact]
    public async Task An_empty_database_is_created_as_migrating_it_would_and_a_later_start_finds_it_current()
    {
        using (var db = _migrated.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        IReadOnlyList<string> applied;
        IReadOnlyList<string> appliedAgain;
        List<string> all;
        using (var db = _created.CreateContext())
        {
            var initializer = new DatabaseInitializer(
                db, new DemoDataSeeder(db, new FakeTimeProvider(SipWebFactory.Now)), new ConfigurationBuilder().Build());
            applied = await initializer.InitializeAsync(CancellationToken.None);
            appliedAgain = await initializer.InitializeAsync(CancellationToken.None);
            all = db.Database.GetMigrations().ToList();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        Assert.Equal(all, applied);
        Assert.Empty(appliedAgain);
        Assert.Equal(["Initial"], all.Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]));
        var created = await SchemaAsync(_created.ConnectionString);
        Assert.Equal(await SchemaAsync(_migrated.ConnectionString), created);
        Assert.Contains(created, line => line.StartsWith("table Plans:", StringComparison.Ordinal));
        Assert.Contains(created, line => line.StartsWith("index IX_", StringComparison.Ordinal));
        Assert.Equal(all, await HistoryAsync(_created.ConnectionString));
    }

    /// <summary>
    /// A developer's embedded database made before the migrations were squashed has a history this release does not
    /// know: it is kept beside the new one, never migrated over, and the new one is created at the current model.
    /// </summary>
    [Fact]
    public async Task An_embedded_database_from_before_the_first_release_is_kept_aside_and_created_anew()
    {
        await using (var old = new SqliteConnection(_created.ConnectionString))
        {
            await old.OpenAsync();
            await using var command = old.CreateCommand();
            command.CommandText = """
                CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsHistory" VALUES ('20261123063302_Initial', '10.0.0');
                CREATE TABLE "Plans" ("Id" TEXT PRIMARY KEY, "Old" TEXT);
                """;
            await command.ExecuteNonQueryAsync();
        }

        var file = new SqliteConnectionStringBuilder(_created.ConnectionString).DataSource;
        IReadOnlyList<string> applied;
        using (var db = _created.CreateContext())
        {
            var initializer = new DatabaseInitializer(
                db, new DemoDataSeeder(db, new FakeTimeProvider(SipWebFactory.Now)), new ConfigurationBuilder().Build());
            applied = await initializer.InitializeAsync(CancellationToken.None);
            Assert.Equal(db.Database.GetMigrations(), applied);
            Assert.Equal(1, await db.CountyPolicies.CountAsync());
        }

        var kept = Directory.GetFiles(
            Path.GetDirectoryName(file)!, Path.GetFileName(file) + $".before-{DatabaseInitializer.FirstRelease}-*");
        try
        {
            var keptHistory = await HistoryAsync(new SqliteConnectionStringBuilder { DataSource = kept.Single() }.ConnectionString);
            Assert.Equal(["20261123063302_Initial"], keptHistory);
            Assert.Equal(applied, await HistoryAsync(_created.ConnectionString));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Array.ForEach(kept, File.Delete);
        }
    }

    /// <summary>
    /// Every table, index and trigger with the statement that made it, in name order; but for the
    /// table EF Core locks on while it migrates, which the next migration creates when it runs.
    /// </summary>
    private static async Task<List<string>> SchemaAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsLock' ORDER BY type, name";
        var schema = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            schema.Add($"{reader.GetString(0)} {reader.GetString(1)}: {(reader.IsDBNull(2) ? string.Empty : reader.GetString(2))}");
        }

        return schema;
    }

    private static async Task<List<string>> HistoryAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" """;
        var history = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            history.Add(reader.GetString(0));
        }

        return history;
    }

    // A checkout on Windows may turn the file's line endings into CRLF.
    private static string Lines(string text) => text.ReplaceLineEndings("\n").Trim('\n', '\uFEFF');
}
