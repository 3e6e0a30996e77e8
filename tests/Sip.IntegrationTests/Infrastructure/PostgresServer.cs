using System.Net.Sockets;
using Npgsql;
using Testcontainers.PostgreSql;

namespace Sip.IntegrationTests.Infrastructure;

/// <summary>
/// Where the PostgreSQL tests get their server: SIP_TEST_POSTGRES when set (CI installs Debian's
/// PostgreSQL and exports it), else a Testcontainers PostgreSQL when a Docker engine answers, else
/// none — and then the tests are skipped with a reason, except under CI=true, where they run and fail.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string?> SkipReasonLazy = new(FindSkipReason);
    private static readonly SemaphoreSlim ContainerLock = new(1, 1);
    private static PostgreSqlContainer? _container;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when the tests should run.</summary>
    public static string? SkipReason => SkipReasonLazy.Value;

    /// <summary>A fresh, empty database for one test class; dropped by <see cref="DropDatabaseAsync"/>.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = await ServerConnectionStringAsync();
        var name = "sip_t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        var server = await ServerConnectionStringAsync();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> ServerConnectionStringAsync()
    {
        var configured = Environment.GetEnvironmentVariable("SIP_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // Unpooled: after the restart test no dead connection waits in a pool for the next drop.
            return new NpgsqlConnectionStringBuilder(configured) { Pooling = false }.ConnectionString;
        }

        if (!DockerAnswers())
        {
            throw new InvalidOperationException(
                "No PostgreSQL for the tests: set SIP_TEST_POSTGRES (bash .ci/run does) or start a Docker engine.");
        }

        await ContainerLock.WaitAsync();
        try
        {
            if (_container is null)
            {
                var container = new PostgreSqlBuilder("postgres:16-alpine").Build();
                await container.StartAsync();
                _container = container;
            }

            return _container.GetConnectionString();
        }
        finally
        {
            ContainerLock.Release();
        }
    }

    private static string? FindSkipReason()
    {
        if (IsCi || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("SIP_TEST_POSTGRES")) || DockerAnswers())
        {
            return null;
        }

        return "No PostgreSQL: SIP_TEST_POSTGRES is not set and no Docker engine answers (bash .ci/run sets one up).";
    }

    private static bool DockerAnswers()
    {
        const string socket = "/var/run/docker.sock";
        if (!File.Exists(socket))
        {
            return false;
        }

        try
        {
            using var client = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            client.Connect(new UnixDomainSocketEndPoint(socket));
            client.Send("GET /_ping HTTP/1.0\r\n\r\n"u8);
            client.ReceiveTimeout = 2000;
            var buffer = new byte[64];
            var read = client.Receive(buffer);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

