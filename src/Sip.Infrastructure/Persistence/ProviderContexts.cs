using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Sip.Infrastructure.Persistence;

/// <summary>The embedded default.</summary>
public sealed class SqliteSipDbContext(DbContextOptions<SqliteSipDbContext> options) : SipDbContext(options)
{
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
public sealed class PostgresSipDbContext(DbContextOptions<PostgresSipDbContext> options) : SipDbContext(options);

/// <summary>The client's production database.</summary>
public sealed class SqlServerSipDbContext(DbContextOptions<SqlServerSipDbContext> options) : SipDbContext(options);
