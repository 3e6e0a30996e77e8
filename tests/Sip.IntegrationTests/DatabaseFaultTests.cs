using Sip.Infrastructure.Persistence;
using Sip.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Sip.IntegrationTests;

/// <summary>
/// The database goes away for three seconds in the middle of a steady stream of commands from six
/// social workers, as a failover would: sessions cut, new ones refused. The app waits it out and
/// tries the commands again, so those in flight are answered 201 late rather than refused; it never
/// answers 500, and afterwards it goes on without being restarted. Every insats answered 201 is in
/// the database exactly once, and none is there twice.
/// </summary>
public sealed class DatabaseFaultTests(AppFixture apps, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    [Theory, PostgresData]
    public async Task A_database_outage_under_load_is_waited_out_and_loses_no_answered_command_and_writes_none_twice(
        DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var load = await CommandLoad.PrepareAsync(app, workers: 6, "Avbrott Testsson");
        var outage = new DatabaseOutage(app.Database.ConnectionString);
        var running = load.RunUntilAsync(DateTimeOffset.UtcNow.AddSeconds(14));

        await Task.Delay(TimeSpan.FromSeconds(4));
        var began = DateTimeOffset.UtcNow;
        await outage.BeginAsync(TimeSpan.FromSeconds(3));
        await outage.Over;
        var ended = DateTimeOffset.UtcNow;
        await running;

        await FaultAssertions.WaitedOutAsync(load, began, ended, "Database outage of 3 s under load", output);
    }
}

internal static class FaultAssertions
{
    /// <summary>
    /// Prints what the load met, then holds it to this: never a 500, a 503 or a dropped connection,
    /// because the fault is shorter than the app waits and a cut commit is settled once the
    /// database is back; the commands caught by the fault answered 201 late; the app went on
    /// afterwards; every 201 is stored, and none twice.
    /// </summary>
    public static async Task WaitedOutAsync(CommandLoad load, DateTimeOffset began, DateTimeOffset ended, string fault,
        ITestOutputHelper output)
    {
        var waitedOut = load.Outcomes.Where(o => o.Status == 201 && o.Spans(began, ended)).ToList();
        var after = load.Outcomes.Count(o => o.Status == 201 && o.SentAt > ended);
        var longest = waitedOut.Select(o => (o.AnsweredAt - o.SentAt).TotalSeconds).DefaultIfEmpty().Max();
        output.WriteLine($"{fault}: {load.Outcomes.Count} commands; statuses {load.Statuses()}; {waitedOut.Count} in flight during it " +
            $"answered 201 after waiting up to {longest:F1} s; {after} answered 201 after it");
        Assert.All(load.Outcomes, o => Assert.True(o.Status is 201 or 409, $"{o.Description}: status {o.Status} {o.Detail}"));
        Assert.True(waitedOut.Count > 0, "no command was caught by the fault and waited it out");
        Assert.True(after > 0, "nothing succeeded after the database came back");
        await load.AssertStoredOnceAsync();
    }
}
