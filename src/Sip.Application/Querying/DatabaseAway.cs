using System.Data.Common;

namespace Sip.Application.Querying;

/// <summary>
/// Tells a database that is away (a restart, a failover, a network cut) from one that refused the
/// statement. Only the first is worth waiting for; the second is a fault to report.
/// </summary>
public static class DatabaseAway
{
    /// <summary>
    /// About ten seconds in all: a PostgreSQL restart takes one to three, a failover a few more.
    /// Longer than that and the user is better told than kept waiting.
    /// </summary>
    private static readonly TimeSpan[] Pauses =
        [.. new[] { 100, 200, 400, 800, 1600, 3200, 3200 }.Select(ms => TimeSpan.FromMilliseconds(ms))];

    /// <summary>
    /// Runs <paramref name="attempt"/> again, pausing longer each time, while it fails in a way <paramref name="waitFor"/>
    /// accepts; <paramref name="beforePause"/> is told of each failure first. The last failure is thrown as it was.
    /// </summary>
    /// <param name="failedAlready">The failure of a first attempt made elsewhere, if there was one.</param>
    public static async ValueTask<T> WaitOutAsync<T>(
        Func<ValueTask<T>> attempt,
        Func<Exception, bool> waitFor,
        Action<Exception, int, TimeSpan> beforePause,
        CancellationToken cancellationToken,
        Exception? failedAlready = null)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(waitFor);
        ArgumentNullException.ThrowIfNull(beforePause);
        var tried = 0;
        if (failedAlready is not null)
        {
            beforePause(failedAlready, 1, Pauses[0]);
            await Task.Delay(Pauses[0], cancellationToken);
            tried = 1;
        }

        for (; ; tried++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception failure) when (tried < Pauses.Length && !cancellationToken.IsCancellationRequested && waitFor(failure))
            {
                beforePause(failure, tried + 1, Pauses[tried]);
                await Task.Delay(Pauses[tried], cancellationToken);
            }
        }
    }

    /// <summary>A read that may simply be sent again, such as the check of a signed-in user.</summary>
    public static ValueTask<T> WaitOutAsync<T>(Func<ValueTask<T>> read, CancellationToken cancellationToken) =>
        WaitOutAsync(read, Is, (_, _, _) => { }, cancellationToken);

    /// <summary>The database's own failure, however EF wrapped it.</summary>
    public static DbException? Cause(Exception exception)
    {
        for (var e = (Exception?)exception; e is not null; e = e.InnerException)
        {
            if (e is DbException database)
            {
                return database;
            }
        }

        return null;
    }

    /// <summary>
    /// A lost or refused connection (SQLSTATE class 08), a restart or shutdown (57), too little of
    /// something (53), a database not accepting connections (55000), or whatever the driver itself
    /// calls transient.
    /// </summary>
    public static bool Is(Exception exception) =>
        exception is not CommitOutcomeUnknownException
        && (Cause(exception) is { } database
            ? database.IsTransient || database.SqlState is ['0', '8', ..] or ['5', '7', ..] or ['5', '3', ..] or "55000"
            : CutUnderItsTransaction(exception));

    /// <summary>
    /// A statement sent in a transaction whose connection the server had cut (a restart's 57P01): the driver refuses
    /// it with this rather than a database error, and nothing was committed, so the attempt may be made again.
    /// Npgsql's messages are not translated, so its words are a stable sign; the source is Npgsql or EF Core.
    /// </summary>
    private static bool CutUnderItsTransaction(Exception exception)
    {
        for (var e = (Exception?)exception; e is not null; e = e.InnerException)
        {
            if (e is InvalidOperationException { Source: "Npgsql" or "Microsoft.EntityFrameworkCore.Relational" }
                && e.Message.Equals("Transaction is already completed", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
