using Microsoft.EntityFrameworkCore;
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
    public static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SipDbContext).Assembly.FullName).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    public static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(WithPreparedStatements(connectionString), o => o.MigrationsAssembly(typeof(SipDbContext).Assembly.FullName).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    /// <summary>
    /// Every request sends the same few dozen statements. Prepared once per connection, PostgreSQL
    /// stops parsing and planning them on every request. A connection string that says otherwise
    /// (<c>Max Auto Prepare=0</c>) wins.
    /// </summary>
    public static string WithPreparedStatements(string connectionString)
    {
        if (connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            return connectionString;
        }

        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 200, AutoPrepareMinUsages = 2 }.ConnectionString;
    }

    public static DbContextOptionsBuilder UseSqlServer(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlServer(connectionString, o => o.MigrationsAssembly(typeof(SipDbContext).Assembly.FullName).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    private static void Alias<TContext>(IServiceCollection services)
        where TContext : SipDbContext
    {
        services.AddScoped<SipDbContext>(sp => sp.GetRequiredService<TContext>());
        services.AddScoped<Application.Abstractions.ISipDbContext>(sp => sp.GetRequiredService<TContext>());
    }
}
