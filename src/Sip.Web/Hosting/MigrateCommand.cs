using Sip.Infrastructure;
using Sip.Infrastructure.Persistence;

namespace Sip.Web.Hosting;

/// <summary><c>dotnet Sip.Web.dll migrate</c>: applies the migrations, writes what an empty database needs and exits 0 when the
/// database is current, 1 with the reason on standard error when not. It is the one release step that changes the schema, run
/// before web nodes and workers start with <c>Database:MigrateAtStartup</c> off.</summary>
internal static class MigrateCommand
{
    public const string Name = "migrate";

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            // The application's own configuration sources (appsettings, environment, command
            // line), so the step migrates exactly the database the nodes will use.
            var builder = WebApplication.CreateBuilder(args);
            var provider = DatabaseRegistration.ProviderFrom(builder.Configuration);
            builder.Services.AddInfrastructure(builder.Configuration);
            await using var app = builder.Build();
            await using var scope = app.Services.CreateAsyncScope();
            var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
            var applied = await initializer.InitializeAsync(CancellationToken.None);
            InstallJobStorage(provider, builder.Configuration.GetConnectionString("Sip"));
            await Console.Out.WriteLineAsync(applied.Count == 0
                ? $"migrate: the {provider} database was already current."
                : $"migrate: applied {applied.Count} migration(s) to the {provider} database, the last {applied[^1]}.");
            return 0;
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            await Console.Error.WriteLineAsync($"migrate failed: {Reasons(failure)}");
            return 1;
        }
    }

    /// <summary> Hangfire's own tables, which it would otherwise create on a node's first use: here the release's one migration step owns
    /// every schema change, so no node of a rolling upgrade alters the database. The installers are idempotent and take their own lock.
    /// </summary>
    private static void InstallJobStorage(DatabaseProvider provider, string? connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                using (var connection = new Npgsql.NpgsqlConnection(connectionString))
                {
                    connection.Open();
                    Hangfire.PostgreSql.PostgreSqlObjectsInstaller.Install(connection);
                }

                break;
            case DatabaseProvider.SqlServer:
                using (var connection = new Microsoft.Data.SqlClient.SqlConnection(connectionString))
                {
                    connection.Open();
                    Hangfire.SqlServer.SqlServerObjectsInstaller.Install(connection);
                }

                break;
            default:
                // The embedded default keeps its jobs in memory.
                break;
        }
    }

    // The outermost message says what was being done, the innermost why (a refused connection, a login).
    private static string Reasons(Exception failure)
    {
        var reasons = new List<string>();
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (!reasons.Contains(e.Message, StringComparer.Ordinal))
            {
                reasons.Add(e.Message);
            }
        }

        return string.Join(" — ", reasons);
    }
}
