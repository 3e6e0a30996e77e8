using Npgsql;
using Sip.Infrastructure.Persistence;

namespace Sip.Web.Auth;

/// <summary>Listens on a PostgreSQL connection of its own for the notice sent when a transaction changing the users commits, and
/// has <see cref="DirectoryUsers"/> forget what it kept: every node learns of a changed or deactivated user within moments, without
/// a round trip per request. While the connection is away nothing is kept, and the requests read the directory.</summary>
internal sealed partial class DirectoryChangeListener(DirectoryUsers users, string connectionString, ILogger<DirectoryChangeListener> log)
    : BackgroundService
{
    /// <summary>The channel the trigger on "Users" notifies.</summary>
    public const string Channel = "sip_directory";

    public const string Trigger = "Users_notify_directory";

    /// <summary> A connection cut without a word (a firewall dropping it, say) raises nothing while it waits: after this long without a
    /// notice the heartbeat tests it. </summary>
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan ProbeWait = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listening =
            new NpgsqlConnectionStringBuilder(connectionString)
            {
                Pooling = false,
                CommandTimeout = 5,
                ApplicationName = "sip-directory-listener"
            }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(listening, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure) when (failure is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                users.StopKeeping();
                LogLost(log, failure.GetType().Name, RetryAfter.TotalSeconds);
                await Task.Delay(RetryAfter, stoppingToken);
            }
            finally
            {
                users.StopKeeping();
            }
        }
    }

    private async Task ListenAsync(string listening, CancellationToken stoppingToken)
    {
        // A channel only this connection listens to, for the heartbeat's notice to itself.
        var probe = $"{Channel}_probe_{Guid.NewGuid():N}";
        var probed = false;
        var connection = new NpgsqlConnection(listening);
        await using (connection)
        {
            connection.Notification += (_, notice) =>
            {
                if (notice.Channel == probe)
                {
                    probed = true;
                }
                else
                {
                    users.Forget();
                }
            };
            await connection.OpenAsync(stoppingToken);

            // Without the trigger no change is told, however well the connection carries notices.
            var command =
                new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = '{Trigger}' AND NOT tgisinternal AND " +
                "tgenabled <> 'D')", connection);
            await using (command)
            {
                if (await command.ExecuteScalarAsync(stoppingToken) is not true)
                {
                    throw new InvalidOperationException($"The trigger {Trigger} that tells of changes to the users is missing or " +
                        "disabled.");
                }
            }

            await ExecuteAsync(connection, $"LISTEN {Channel}; LISTEN {probe}", stoppingToken);

            // The heartbeat: a notice this connection sends itself must come back. A connection cut
            // without a word, or a pooler between the app and PostgreSQL that does not carry
            // LISTEN (PgBouncer's transaction pooling), fails it, and then nothing is kept.
            async Task HeartbeatAsync()
            {
                probed = false;
                await ExecuteAsync(connection, $"NOTIFY {probe}", stoppingToken);
                while (!probed)
                {
                    if (!await connection.WaitAsync(ProbeWait, stoppingToken))
                    {
                        throw new TimeoutException("The listener's notice to itself did not come back.");
                    }
                }
            }

            await HeartbeatAsync();

            // From here on every change is told, so what is read from now on may be kept.
            users.StartKeeping();
            while (true)
            {
                if (!await connection.WaitAsync(Heartbeat, stoppingToken))
                {
                    await HeartbeatAsync();
                }
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection);
        await using (command)
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Not told of changes to the directory ({Cause}): each request reads its user until listening again in {Seconds} s.")]
    private static partial void LogLost(ILogger logger, string cause, double seconds);
}
