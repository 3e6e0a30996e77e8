using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Sip.Domain.Policies;
using Sip.Infrastructure.Seeding;

namespace Sip.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the current model and writes what an empty one needs: the county policy, and the demo
/// county when <c>Seed:DemoData</c> is true. The embedded default does this at start-up; a server deployment runs
/// it once per release as <c>dotnet Sip.Web.dll migrate</c>, so that web nodes never race over a migration.
/// </summary>
public sealed partial class DatabaseInitializer(
    SipDbContext db, DemoDataSeeder demoData, IConfiguration configuration, ILogger<DatabaseInitializer>? logger = null)
{
    /// <summary>Answers the migrations it applied, oldest first; none when the database was current.</summary>
    public async Task<IReadOnlyList<string>> InitializeAsync(CancellationToken cancellationToken)
    {
        var applied = await InitializeAllButDemoPlansAsync(cancellationToken);
        await SeedDemoPlansAsync(cancellationToken);
        return applied;
    }

    /// <summary>
    /// What <see cref="InitializeAsync"/> does but for the demo plans: enough for the sign-in page. The embedded default
    /// writes the plans with <see cref="SeedDemoPlansAsync"/> once it answers (Sip.Web's DemoPlans).
    /// </summary>
    public async Task<IReadOnlyList<string>> InitializeAllButDemoPlansAsync(CancellationToken cancellationToken)
    {
        var applied = await CreateEmptySqliteDatabaseAsync(cancellationToken)
            ?? await MigrateAsync(cancellationToken);

        if (!await db.CountyPolicies.AnyAsync(cancellationToken))
        {
            var county = configuration["County:Name"] ?? "Länsöverenskommelse Jämtland Härjedalen";
            db.CountyPolicies.Add(new CountyPolicy(CountyPolicy.DefaultId, county));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (SeedsDemoData)
        {
            await demoData.SeedDirectoryAsync(cancellationToken);
        }

        return applied;
    }

    /// <summary>The demo county's plans, when <c>Seed:DemoData</c> is true and they are not yet written.</summary>
    public Task SeedDemoPlansAsync(CancellationToken cancellationToken) =>
        SeedsDemoData ? demoData.SeedPlansAsync(cancellationToken) : Task.CompletedTask;

    private bool SeedsDemoData => configuration.GetValue("Seed:DemoData", false);

    private async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToList();
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        if (applied.Count > 0 && !applied.Contains(known[0]))
        {
            return await ReplacePreReleaseDatabaseAsync(applied[0], cancellationToken);
        }

        var pending = known.Except(applied).ToList();
        // Migrating a current database still compares the model with the last migration's, which
        // builds the model from its configuration: seconds of a start for nothing.
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        return pending;
    }

    /// <summary>
    /// A database whose history does not start with this release's first migration was made by a build from
    /// before the migrations were squashed (docs/architecture.md). The embedded default is a developer's or a
    /// demo's: its file is kept beside the new one under another name. A server database is never touched.
    /// </summary>
    private async Task<IReadOnlyList<string>> ReplacePreReleaseDatabaseAsync(string firstApplied, CancellationToken cancellationToken)
    {
        var file = db.Database.IsSqlite() ? new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource : null;
        if (file is null or "" or ":memory:" || !File.Exists(file))
        {
            throw new InvalidOperationException(
                $"The database was made by a build from before SIP's first release (its first migration is {firstApplied}). "
                + $"Upgrades are supported from {FirstRelease} on, whose first migration is {db.Database.GetMigrations().First()}: "
                + "run migrate against an empty database.");
        }

        SqliteConnection.ClearAllPools();
        var kept = $"{file}.before-{FirstRelease}-{DateTime.UtcNow:yyyyMMddHHmmss}";
        File.Move(file, kept);
        if (logger is not null)
        {
            PreReleaseDatabaseKept(logger, file, FirstRelease, kept);
        }

        return await CreateEmptySqliteDatabaseAsync(cancellationToken)
            ?? throw new InvalidOperationException($"The embedded database {file} could not be created anew.");
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "The embedded database {File} was made by a build from before {Release}; it is kept as {Kept} and a new one is created.")]
    private static partial void PreReleaseDatabaseKept(ILogger logger, string file, string release, string kept);

    /// <summary>The release from which on a database is upgraded by its migrations (README, "Database migrations").</summary>
    public const string FirstRelease = "1.0";

    /// <summary>
    /// Creates an empty embedded database by running the script its migrations generate (<c>Sqlite/create.sql</c>):
    /// the same tables and history as migrating, without EF Core building the migrations (docs/performance.md).
    /// Answers null when the database is not SQLite or not empty; SqliteCreationScriptTests hold the script.
    /// </summary>
    private async Task<IReadOnlyList<string>?> CreateEmptySqliteDatabaseAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return null;
        }

        EnsureSqliteFolder();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using (var objects = connection.CreateCommand())
            {
                objects.CommandText = "SELECT COUNT(*) FROM sqlite_master";
                if (Convert.ToInt64(await objects.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0)
                {
                    return null;
                }
            }

            await using (var create = connection.CreateCommand())
            {
                create.CommandText = await CreationScriptAsync(cancellationToken);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            var applied = new List<string>();
            await using var history = connection.CreateCommand();
            history.CommandText = """SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" """;
            await using var reader = await history.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }

            return applied;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The script that creates an empty embedded database at the last migration.</summary>
    public static async Task<string> CreationScriptAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(DatabaseInitializer).Assembly.GetManifestResourceStream(SqliteCreationScript)
            ?? throw new InvalidOperationException($"The embedded resource {SqliteCreationScript} is missing.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private const string SqliteCreationScript = "Sip.Infrastructure.Persistence.Sqlite.create.sql";

    private void EnsureSqliteFolder()
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
