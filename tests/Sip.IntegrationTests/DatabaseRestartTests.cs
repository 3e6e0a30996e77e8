using System.Diagnostics;
using Sip.Infrastructure.Persistence;
using Sip.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Sip.IntegrationTests;

/// <summary>
/// The PostgreSQL server itself is restarted in the middle of a steady stream of commands from six
/// social workers. The app, connecting through a pool as in production, waits the restart out and
/// tries again: the commands caught by it are answered 201 late, none is answered 500, every 201 is
/// stored and none twice, and the app goes on without being restarted.
/// </summary>
/// <remarks>
/// A restart cuts every session on the server, so this runs alone, after the other test classes
/// (<see cref="ServerRestartGroup"/>). The restart is a shell command from
/// SIP_TEST_POSTGRES_RESTART, which .ci/run exports.
/// </remarks>
[Collection(ServerRestartGroup.Name)]
public sealed class DatabaseRestartTests(ITestOutputHelper output)
{
    public const string RestartVariable = "SIP_TEST_POSTGRES_RESTART";

    [Theory, PostgresRestartData]
    public async Task A_restart_of_the_database_server_under_load_is_waited_out_and_loses_no_answered_command(DatabaseProvider provider)
    {
        Assert.Equal(DatabaseProvider.Postgres, provider);
        var restart = Environment.GetEnvironmentVariable(RestartVariable);
        Assert.False(string.IsNullOrWhiteSpace(restart),
            $"{RestartVariable} is not set: the command that restarts the PostgreSQL server (bash .ci/run sets it)");
        var database = new PostgresTestDatabase(pooled: true);
        await database.InitializeAsync();
        try
        {
            await using var app = new SipWebFactory(database);
            var load = await CommandLoad.PrepareAsync(app, workers: 6, "Omstart Testsson");
            var running = load.RunUntilAsync(DateTimeOffset.UtcNow.AddSeconds(16));

            await Task.Delay(TimeSpan.FromSeconds(4));
            var began = DateTimeOffset.UtcNow;
            await RestartAsync(restart!);
            var ended = DateTimeOffset.UtcNow;
            await running;

            await FaultAssertions.WaitedOutAsync(load, began, ended,
                $"Database server restarted under load (restart took {(ended - began).TotalSeconds:F1} s)", output);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static async Task RestartAsync(string command)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"the restart command failed ({process.ExitCode}): {await error}");
    }
}

/// <summary>Runs on its own, after every parallel test class, because a restart cuts their sessions too.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServerRestartGroup
{
    public const string Name = "PostgreSQL server restart";
}

/// <summary>
/// PostgreSQL, when a server and a way to restart it are at hand. Under CI=true it runs regardless,
/// and fails if either is missing.
/// </summary>
public sealed class PostgresRestartDataAttribute : Xunit.Sdk.DataAttribute
{
    public PostgresRestartDataAttribute()
    {
        Skip = PostgresServer.SkipReason
            ?? (PostgresServer.IsCi || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(DatabaseRestartTests.RestartVariable))
                ? null
                : $"No way to restart the PostgreSQL server: {DatabaseRestartTests.RestartVariable} is not set (bash .ci/run sets it).");
    }

    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) => [[DatabaseProvider.Postgres]];
}
