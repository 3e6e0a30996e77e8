using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Sip.Domain.Policies;
using Sip.Infrastructure.Seeding;

namespace Sip.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the current model. The embedded default migrates at start-up; a server
/// deployment sets <c>Database:MigrateAtStartup=false</c> and runs the idempotent script from
/// deploy/ instead, so that web nodes never race each other over a migration.
/// </summary>
public sealed class DatabaseInitializer(SipDbContext db, DemoDataSeeder demoData, IConfiguration configuration)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetValue("Database:MigrateAtStartup", true))
        {
            EnsureSqliteFolder();
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!await db.CountyPolicies.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            db.CountyPolicies.Add(new CountyPolicy(CountyPolicy.DefaultId, configuration["County:Name"] ?? "Länsöverenskommelse Jämtland Härjedalen"));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        if (configuration.GetValue("Seed:DemoData", false))
        {
            await demoData.SeedAsync(cancellationToken).ConfigureAwait(false);
        }
    }

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
