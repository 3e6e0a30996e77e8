using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sip.Application.ReadModels;

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
    /// The contexts are pooled: each request leases one and gives it back reset, rather than building the options and
    /// EF Core's internal services anew for each of the two a request uses.
    /// </summary>
    public static IServiceCollection AddSipDatabase(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContextPool<SqliteSipDbContext>((sp, o) => UseSqlite(o, connectionString, sp));
                Alias<SqliteSipDbContext>(services);
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<PostgresSipDbContext>((sp, o) => UsePostgres(o, connectionString, sp));
                Alias<PostgresSipDbContext>(services);
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextPool<SqlServerSipDbContext>((sp, o) => UseSqlServer(o, connectionString, sp));
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
    /// <param name="services">The application's, whose clock and directory cache a save uses; none for a context made without it.</param>
    public static DbContextOptionsBuilder UseSqlite(
        DbContextOptionsBuilder options, string connectionString, IServiceProvider? services = null) =>
        SaveSteps(options.UseSqlite(connectionString, o => o.MigrationsAssembly(Migrations).UseQuerySplittingBehavior(Split)), services)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .AddInterceptors(SqliteSwedishCollation.Instance);

    public static DbContextOptionsBuilder UsePostgres(
        DbContextOptionsBuilder options, string connectionString, IServiceProvider? services = null) =>
        SaveSteps(
            options.UseNpgsql(ForEfCore(connectionString), o => o.MigrationsAssembly(Migrations).UseQuerySplittingBehavior(Split)),
            services);

    /// <summary>
    /// EF Core's connection settings unless the connection string says otherwise: statements prepared per connection, no reset
    /// on return to the pool (the app leaves nothing in a session), and four connections per core, at least eight (docs/performance.md).
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

    public static DbContextOptionsBuilder UseSqlServer(
        DbContextOptionsBuilder options, string connectionString, IServiceProvider? services = null) =>
        SaveSteps(options.UseSqlServer(connectionString, o => o.MigrationsAssembly(Migrations).UseQuerySplittingBehavior(Split)), services);

    private static string? Migrations => typeof(SipDbContext).Assembly.FullName;

    private const QuerySplittingBehavior Split = QuerySplittingBehavior.SplitQuery;

    /// <summary>
    /// What a save does besides the domain's own rows: its rules first (history, outbox), which add
    /// rows the read models' step then sees, and that step, once per save (docs/architecture.md).
    /// </summary>
    private static DbContextOptionsBuilder SaveSteps(DbContextOptionsBuilder options, IServiceProvider? services) =>
        options.AddInterceptors(
            services is null
                ? SaveRules.Default
                : new SaveRules(services.GetService<TimeProvider>() ?? TimeProvider.System, services.GetService<DirectoryUsers>()),
            ReadModelStep.Instance);

    private static void Alias<TContext>(IServiceCollection services)
        where TContext : SipDbContext
    {
        services.AddScoped<SipDbContext>(sp => sp.GetRequiredService<TContext>());
        services.AddScoped<Application.Abstractions.ISipDbContext>(sp => sp.GetRequiredService<TContext>());
    }
}
