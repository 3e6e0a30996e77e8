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
        Assert.True(Lines(File.ReadAllText(path)) == Lines(generated), $"deploy/migrations/{file} is not current: run deploy/migrations/regenerate.sh --scripts");
    }

    private static SipDbContext Context(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Postgres => new PostgresSipDbContext((DbContextOptions<PostgresSipDbContext>)DatabaseRegistration.UsePostgres(new DbContextOptionsBuilder<PostgresSipDbContext>(), "Host=127.0.0.1;Database=sip").Options),
        DatabaseProvider.SqlServer => new SqlServerSipDbContext((DbContextOptions<SqlServerSipDbContext>)DatabaseRegistration.UseSqlServer(new DbContextOptionsBuilder<SqlServerSipDbContext>(), "Server=127.0.0.1;Database=sip;TrustServerCertificate=True").Options),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "SQLite has no deployment script: the embedded default migrates at start-up."),
    };

    // A checkout on Windows may turn the file's line endings into CRLF.
    private static string Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n');

}
