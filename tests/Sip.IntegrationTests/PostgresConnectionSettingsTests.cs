using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sip.Infrastructure.Persistence;

namespace Sip.IntegrationTests;

/// <summary>
/// The connection EF Core is given on PostgreSQL: statements prepared, and no reset when a
/// connection goes back to the pool; an operator's connection string that says otherwise wins.
/// </summary>
public sealed class PostgresConnectionSettingsTests
{
    private static NpgsqlConnectionStringBuilder GivenToEfCore(string configured)
    {
        var options = DatabaseRegistration.UsePostgres(new DbContextOptionsBuilder<PostgresSipDbContext>(), configured).Options;
        using var db = new PostgresSipDbContext((DbContextOptions<PostgresSipDbContext>)options);
        return new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
    }

    [Fact]
    public void By_default_statements_are_prepared_and_a_returned_connection_is_not_reset()
    {
        var given = GivenToEfCore("Host=db;Username=sip;Database=sip");

        Assert.Equal((200, 2, true), (given.MaxAutoPrepare, given.AutoPrepareMinUsages, given.NoResetOnClose));
        Assert.Equal(("db", "sip"), (given.Host, given.Database));
    }

    [Fact]
    public void A_connection_string_that_sets_either_keeps_its_own_value()
    {
        var given = GivenToEfCore("Host=db;Username=sip;Database=sip;No Reset On Close=false;Max Auto Prepare=0");

        Assert.Equal((0, false), (given.MaxAutoPrepare, given.NoResetOnClose));
    }
}
