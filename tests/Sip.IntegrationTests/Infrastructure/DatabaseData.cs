using System.Reflection;
using Sip.Infrastructure.Persistence;
using Xunit.Sdk;

namespace Sip.IntegrationTests.Infrastructure;

/// <summary>Runs a database theory on SQLite, the embedded default, which is always available.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Sqlite]];
}

/// <summary>Runs a database theory on PostgreSQL; skipped with a reason when none can be had, never under CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresDataAttribute : DataAttribute
{
    public PostgresDataAttribute()
    {
        Skip = PostgresServer.SkipReason;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Postgres]];
}

/// <summary>A test that needs PostgreSQL; skipped with a reason when none can be had, never under CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = PostgresServer.SkipReason;
    }
}

/// <summary>One running application per provider, shared by the tests of a class.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DatabaseProvider, Lazy<Task<SipWebFactory>>> _apps = new();

    public Task<SipWebFactory> For(DatabaseProvider provider) =>
        _apps.GetOrAdd(provider, p => new Lazy<Task<SipWebFactory>>(() => StartAsync(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated))
        {
            var factory = await app.Value;
            await factory.DisposeAsync();
            await factory.Database.DisposeAsync();
        }
    }

    private static async Task<SipWebFactory> StartAsync(DatabaseProvider provider)
    {
        TestDatabase database = provider == DatabaseProvider.Sqlite ? new SqliteTestDatabase() : new PostgresTestDatabase();
        await database.InitializeAsync();
        var app = new SipWebFactory(database);
        _ = app.Server; // starts the host: migrates and seeds
        return app;
    }
}
