using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Sip.Infrastructure.Persistence;

/// <summary>The embedded default.</summary>
public sealed class SqliteSipDbContext(DbContextOptions<SqliteSipDbContext> options) : SipDbContext(options)
{
    /// <summary>Registered on every connection the context opens (<see cref="SqliteSwedishCollation"/>), not in the schema.</summary>
    public override string SwedishCollation => SqliteSwedishCollation.Name;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite cannot compare or order DateTimeOffset text; all instants are UTC, so their
        // binary form orders correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>The server database tested on every CI run.</summary>
public sealed class PostgresSipDbContext(DbContextOptions<PostgresSipDbContext> options) : SipDbContext(options)
{
    /// <summary>ICU's Swedish (CLDR sv), which PostgreSQL built with ICU provides without a CREATE COLLATION.</summary>
    public const string Collation = "sv-SE-x-icu";

    public override string SwedishCollation => Collation;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        SwedishPersonNames(modelBuilder, Collation);
    }
}

/// <summary>The client's production database.</summary>
public sealed class SqlServerSipDbContext(DbContextOptions<SqlServerSipDbContext> options) : SipDbContext(options)
{
    /// <summary>SQL Server's Swedish, case-insensitive and accent-sensitive.</summary>
    public const string Collation = "Finnish_Swedish_100_CI_AS";

    public override string SwedishCollation => Collation;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        SwedishPersonNames(modelBuilder, Collation);
    }
}
