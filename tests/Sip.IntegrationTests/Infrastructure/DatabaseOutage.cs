using Npgsql;

namespace Sip.IntegrationTests.Infrastructure;

/// <summary>
/// Takes a PostgreSQL test database away for a while, as a restart or failover would: open
/// sessions are cut and new ones refused, then it comes back by itself.
/// </summary>
internal sealed class DatabaseOutage(string connectionString)
{
    private readonly string _database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
    private readonly string _server =
        new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString;

    /// <summary>Completes when the database has come back.</summary>
    public Task Over { get; private set; } = Task.CompletedTask;

    public async Task BeginAsync(TimeSpan length)
    {
        await ExecuteAsync($"ALTER DATABASE {_database} ALLOW_CONNECTIONS false");
        await ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_database}' AND pid <> " +
            $"pg_backend_pid()");
        Over = EndAfterAsync(length);
    }

    private async Task EndAfterAsync(TimeSpan length)
    {
        await Task.Delay(length);
        await ExecuteAsync($"ALTER DATABASE {_database} ALLOW_CONNECTIONS true");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
