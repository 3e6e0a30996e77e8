using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sip.Infrastructure.Persistence;

namespace Sip.IntegrationTests;

/// <summary>
/// The connection EF Core is given on PostgreSQL: statements prepared, no reset when a connection
/// goes back to the pool, and a pool bounded by the app's cores; an operator's connection string
/// that says otherwise wins.
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
        Assert.Equal(DatabaseRegistration.MaximumPoolSize(Environment.ProcessorCount), given.MaxPoolSize);
        Assert.Equal(("db", "sip"), (given.Host, given.Database));
    }

    [Theory]
    [InlineData(1, 8)]
    [InlineData(2, 8)]
    [InlineData(4, 16)]
    [InlineData(16, 64)]
    public void The_pool_holds_four_connections_per_core_and_never_fewer_than_eight(int cores, int connections) =>
        Assert.Equal(connections, DatabaseRegistration.MaximumPoolSize(cores));

    [Theory]
    [InlineData("Maximum Pool Size=50", 50)]
    [InlineData("MaxPoolSize=50", 50)]
    [InlineData("Minimum Pool Size=20", 100)]
    public void A_pool_size_in_the_connection_string_leaves_the_maximum_to_the_operator(string setting, int maximum)
    {
        var given = GivenToEfCore("Host=db;Username=sip;Database=sip;" + setting);

        Assert.Equal(maximum, given.MaxPoolSize);
    }

    [Fact]
    public void A_connection_string_that_sets_either_keeps_its_own_value()
    {
        var given = GivenToEfCore("Host=db;Username=sip;Database=sip;No Reset On Close=false;Max Auto Prepare=0");

        Assert.Equal((0, false), (given.MaxAutoPrepare, given.NoResetOnClose));
    }
}
