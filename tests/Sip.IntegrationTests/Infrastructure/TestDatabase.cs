using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Sip.Infrastructure.Persistence;
using Sip.Application.ReadModels.Documents;
using Sip.Application.ReadModels.Inbox;
using Sip.Infrastructure.Seeding;

namespace Sip.IntegrationTests.Infrastructure;

/// <summary>One empty database of a provider, alive for one test class.</summary>
public abstract class TestDatabase : IAsyncLifetime
{
    public abstract DatabaseProvider Provider { get; }

    public string ConnectionString { get; protected set; } = string.Empty;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    public static TestDatabase For(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite ? new SqliteTestDatabase()
        : new PostgresTestDatabase();

    /// <summary>A context on this database once it is migrated and holds the demo county, plans and all, written at <paramref
    /// name="clock"/>'s time.</summary>
    public async Task<SipDbContext> WithDemoCountyAsync(TimeProvider clock)
    {
        await InitializeAsync();
        var db = CreateContext();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Seed:DemoData"] = "true" })
            .Build();
        await new DatabaseInitializer(db, new DemoDataSeeder(db, clock), configuration).InitializeAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
        return db;
    }

    public SipDbContext CreateContext() => Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteSipDbContext(
            (DbContextOptions<SqliteSipDbContext>)DatabaseRegistration.UseSqlite(new DbContextOptionsBuilder<SqliteSipDbContext>(),
                ConnectionString).Options),
        DatabaseProvider.Postgres => new PostgresSipDbContext(
            (DbContextOptions<PostgresSipDbContext>)DatabaseRegistration.UsePostgres(new DbContextOptionsBuilder<PostgresSipDbContext>(),
                ConnectionString).Options),
        _ => throw new NotSupportedException($"{Provider} cannot run on this machine."),
    };
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private string _file = string.Empty;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override Task InitializeAsync()
    {
        _file = Path.Combine(Path.GetTempPath(), $"sip-test-{Guid.NewGuid():N}.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = _file, Pooling = false }.ConnectionString;
        return Task.CompletedTask;
    }

    public override Task DisposeAsync()
    {
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }
}

/// <param name="pooled">Pooled as production connects, so a server restart leaves dead connections in the pool.</param>
public sealed class PostgresTestDatabase(bool pooled = false) : TestDatabase
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override async Task InitializeAsync()
    {
        if (PostgresServer.SkipReason is null)
        {
            ConnectionString = await PostgresServer.CreateDatabaseAsync();
            if (pooled)
            {
                ConnectionString = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = true }.ConnectionString;
            }
        }
    }

    public override async Task DisposeAsync()
    {
        if (ConnectionString.Length > 0)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }
    }
}
