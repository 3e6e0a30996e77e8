using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Sip.Domain.Policies;
using Sip.Infrastructure.Seeding;

namespace Sip.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the current model and writes what an empty one needs: the county
/// policy, and the demo county when <c>Seed:DemoData</c> is true. The embedded default does this at
/// start-up; a server deployment runs it once per release as <c>dotnet Sip.Web.dll migrate</c> (or
/// applies the idempotent script from deploy/migrations), so that web nodes never race each other
/// over a migration.
/// </summary>
public sealed class DatabaseInitializer(SipDbContext db, DemoDataSeeder demoData, IConfiguration configuration)
{
    /// <summary>Answers the migrations it applied, oldest first; none when the database was current.</summary>
    public async Task<IReadOnlyList<string>> InitializeAsync(CancellationToken cancellationToken)
    {
        EnsureSqliteFolder();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        // Migrating a current database still compares the model with the last migration's, which
        // builds the model from its configuration: seconds of a start for nothing.
        if (pending.Count > 0)
        {
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

        return pending;
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
