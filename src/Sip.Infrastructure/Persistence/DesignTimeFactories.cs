using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sip.Infrastructure.Persistence;

// Used by `dotnet ef` (deploy/regenerate-migrations.sh) only; migrations need a provider, not a server.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSipDbContext>
{
    public SqliteSipDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqliteSipDbContext>)DatabaseRegistration.UseSqlite(
            new DbContextOptionsBuilder<SqliteSipDbContext>(), "Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSipDbContext>
{
    public PostgresSipDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<PostgresSipDbContext>)DatabaseRegistration.UsePostgres(
            new DbContextOptionsBuilder<PostgresSipDbContext>(), "Host=localhost;Database=sip_design").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerSipDbContext>
{
    public SqlServerSipDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqlServerSipDbContext>)DatabaseRegistration.UseSqlServer(
            new DbContextOptionsBuilder<SqlServerSipDbContext>(),
            "Server=localhost;Database=sip_design;TrustServerCertificate=True").Options);
}
