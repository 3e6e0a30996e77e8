using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sip.Infrastructure.Persistence;

using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// The idempotent scripts in deploy/migrations are what a DBA reviews and applies instead of the
/// migrate command, so they must say exactly what the migrations do: a migration added without
/// regenerating them (deploy/migrations/regenerate.sh --scripts) fails here.
/// </summary>
public sealed class MigrationScriptTests
{
    private static readonly string Root = RepositoryRoot.Find();

    [Theory]
    [InlineData(DatabaseProvider.Postgres, "postgres.sql")]
    [InlineData(DatabaseProvider.SqlServer, "sqlserver.sql")]
    public void The_checked_in_idempotent_script_is_the_one_the_migrations_generate(DatabaseProvider provider, string file)
    {
        using var db = Context(provider);
        var generated = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var path = Path.Combine(Root, "deploy", "migrations", file);

        Assert.True(File.Exists(path), $"deploy/migrations/{file} is missing: run deploy/migrations/regenerate.sh --scripts");
        Assert.True(Lines(File.ReadAllText(path)) == Lines(generated),
            $"deploy/migrations/{file} is not current: run deploy/migrations/regenerate.sh --scripts");
    }

    /// <summary>
    /// A DBA may run the script on a database at any earlier migration, or twice: on an empty
    /// PostgreSQL database it must run through, run through again changing nothing, and leave every
    /// migration recorded. (The SQL Server script has no server here to run on.)
    /// </summary>
    [Theory, PostgresData]
    public async Task The_postgres_script_runs_on_an_empty_database_and_once_more_to_no_effect(DatabaseProvider provider)
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        try
        {
            var script = await File.ReadAllTextAsync(Path.Combine(Root, "deploy", "migrations", "postgres.sql"));
            await using var connection = new Npgsql.NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            for (var run = 1; run <= 2; run++)
            {
                await using var command = new Npgsql.NpgsqlCommand(script, connection) { CommandTimeout = 300 };
                await command.ExecuteNonQueryAsync();
            }

            await using var history =
                new Npgsql.NpgsqlCommand("""SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" """, connection);
            var recorded = new List<string>();
            await using (var reader = await history.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    recorded.Add(reader.GetString(0));
                }
            }

            using var db = Context(provider);
            Assert.Equal(db.Database.GetMigrations().Order(StringComparer.Ordinal), recorded);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connectionString);
        }
    }

    private static SipDbContext Context(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Postgres => new PostgresSipDbContext(
            (DbContextOptions<PostgresSipDbContext>)DatabaseRegistration.UsePostgres(new DbContextOptionsBuilder<PostgresSipDbContext>(),
                "Host=127.0.0.1;Database=sip").Options),
        DatabaseProvider.SqlServer => new SqlServerSipDbContext(
            (DbContextOptions<SqlServerSipDbContext>)DatabaseRegistration.UseSqlServer(new DbContextOptionsBuilder<SqlServerSipDbContext>(),
                "Server=127.0.0.1;Database=sip;TrustServerCertificate=True").Options),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider,
            "SQLite has no deployment script: the embedded default migrates at start-up."),
    };

    // A checkout on Windows may turn the file's line endings into CRLF.
    private static string Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n');

}
