using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Sip.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}

/// <summary>Chooses the provider from <c>Database:Provider</c> and its connection string from <c>ConnectionStrings:Sip</c>.</summary>
public static class DatabaseRegistration
{
    public const string DefaultSqliteConnection = "Data Source=App_Data/sip.db";

    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var name = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(name))
        {
            return DatabaseProvider.Sqlite;
        }

        return name.Trim().ToUpperInvariant() switch
        {
            "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
            "SQLSERVER" or "MSSQL" => DatabaseProvider.SqlServer,
            _ => throw new InvalidOperationException($"Database:Provider '{name}' is not one of Sqlite, Postgres, SqlServer."),
        };
    }

    /// <summary>
    /// The contexts are pooled: each request (and each use case of a Blazor circuit) leases one and
    /// gives it back reset, rather than building the options and EF Core's internal services for the
    /// context anew. Built afresh they were about two fifths of all a plan read allocated, and a
    /// request uses two (the signed-in user's directory entry, then the use case in its own scope).
    /// </summary>
    public static IServiceCollection AddSipDatabase(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContextPool<SqliteSipDbContext>(o => UseSqlite(o, connectionString));
                Alias<SqliteSipDbContext>(services);
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<PostgresSipDbContext>(o => UsePostgres(o, connectionString));
                Alias<PostgresSipDbContext>(services);
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextPool<SqlServerSipDbContext>(o => UseSqlServer(o, connectionString));
                Alias<SqlServerSipDbContext>(services);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }

        return services;
    }

    // A plan loads with several collections; one query per collection avoids a cartesian explosion.
    // The embedded default starts from EF Core's compiled model (CompiledModels/Sqlite, found by its
    // assembly attribute and rewritten by deploy/migrations/regenerate.sh with every migration):
    // building the model from its configuration took about 1.3 s of a start on two cores. So
    // migrating skips EF Core's check for model changes no migration carries, which would build
    // that model after all; PersistenceTests make that check on every run, and CompiledModelTests
    // hold the compiled model to the configuration. The server providers build their model: they
    // start once per release.
    public static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(
            connectionString,
            o => o.MigrationsAssembly(typeof(SipDbContext).Assembly.FullName).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .AddInterceptors(SqliteSwedishCollation.Instance);

    public static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(
            ForEfCore(connectionString),
            o => o.MigrationsAssembly(typeof(SipDbContext).Assembly.FullName).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    /// <summary>
    /// How EF Core's connections behave, each setting unless the connection string says otherwise:
    /// <list type="bullet">
    /// <item>Every request sends the same few dozen statements. Prepared once per connection,
    /// PostgreSQL stops parsing and planning them on every request (<c>Max Auto Prepare</c>).</item>
    /// <item>A connection goes back to the pool without a reset (<c>No Reset On Close</c>). A plan
    /// read takes a connection from the pool ten times, and each time Npgsql would send seven
    /// statements ahead of the next command (<c>RESET ALL</c>, <c>DISCARD TEMP</c> and five more),
    /// unprepared: seventy statements for PostgreSQL to parse and run beside the read's ten. The
    /// app leaves nothing in a session to reset: it sets no parameters, takes no advisory locks,
    /// listens to nothing, and its one temporary table is dropped at commit. A transaction left
    /// open is still rolled back when its connection returns.</item>
    /// <item>At most four connections per core of the app's machine, and at least eight
    /// (<c>Maximum Pool Size</c>; Npgsql's own default is 100). A request holds one connection at a
    /// time and every query is worked by a PostgreSQL process on the same few cores, so more
    /// connections do not answer faster; they only move the queue from the pool into PostgreSQL.
    /// And a burst that finds the pool empty opens a PostgreSQL process per waiting request, each
    /// with a password exchange and its own cold caches: the `api` benchmark saw one short delay
    /// open 56 connections within a second and keep answers over a second late for ten
    /// (docs/performance.md).</item>
    /// </list>
    /// </summary>
    public static string ForEfCore(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 200;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        // Any pool size the operator sets, a minimum too, leaves the maximum to them: a minimum
        // above this maximum would be refused when the first connection opens.
        if (!connectionString.Replace(" ", "", StringComparison.Ordinal).Contains("PoolSize", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxPoolSize = MaximumPoolSize(Environment.ProcessorCount);
        }

        return builder.ConnectionString;
    }

    public static int MaximumPoolSize(int cores) => Math.Max(8, 4 * cores);

    public static DbContextOptionsBuilder UseSqlServer(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlServer(
            connectionString,
            o => o.MigrationsAssembly(typeof(SipDbContext).Assembly.FullName).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    private static void Alias<TContext>(IServiceCollection services)
        where TContext : SipDbContext
    {
        services.AddScoped<SipDbContext>(sp => sp.GetRequiredService<TContext>());
        services.AddScoped<Application.Abstractions.ISipDbContext>(sp => sp.GetRequiredService<TContext>());
    }
}
