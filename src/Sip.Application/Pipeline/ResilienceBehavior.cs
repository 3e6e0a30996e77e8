using Microsoft.Extensions.Logging;

namespace Sip.Application.Pipeline;

/// <summary>
/// Tries a request again while the database is away for a moment (a restart, a failover). A failure before the
/// commit rolled the attempt back; one in the commit is settled first by the command's access-log line, written in
/// the same transaction, so a command is tried again only if it was not stored: nothing lost, nothing applied twice.
/// </summary>
public sealed partial class ResilienceBehavior<TMessage, TResponse>(
    ISipDbContext db, ILogger<ResilienceBehavior<TMessage, TResponse>> logger) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is not null
            ? next(message, cancellationToken) // inside someone else's transaction the attempt cannot be undone from here
            : FirstAttemptAsync(message, next, cancellationToken);

    private static bool WorthWaitingFor(Exception failure) =>
        DatabaseAway.Is(failure) || failure is CommitOutcomeUnknownException { LogLine: not null };

    // The first attempt costs one await; the retry machinery is built only when it fails.
    private async ValueTask<TResponse> FirstAttemptAsync(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception failure) when (WorthWaitingFor(failure) && !cancellationToken.IsCancellationRequested)
        {
            return await WaitOutAsync(failure, message, next, cancellationToken);
        }
    }

    private ValueTask<TResponse> WaitOutAsync(
        Exception first, TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        CommitOutcomeUnknownException? unsettled = null;
        return DatabaseAway.WaitOutAsync(
            async () =>
            {
                if (unsettled is not null)
                {
                    if (await db.AuditEntries.AnyAsync(a => a.Id == unsettled.LogLine, cancellationToken))
                    {
                        return (TResponse)unsettled.Response!;
                    }

                    unsettled = null;
                }

                return await next(message, cancellationToken);
            },
            WorthWaitingFor,
            (failure, attempt, pause) =>
            {
                unsettled ??= failure as CommitOutcomeUnknownException;
                db.ChangeTracker.Clear();
                var cause = DatabaseAway.Cause(failure)?.SqlState ?? failure.InnerException?.GetType().Name ?? failure.GetType().Name;
                LogRetry(logger, typeof(TMessage).Name, cause, unsettled is not null, attempt, pause.TotalMilliseconds);
            },
            cancellationToken,
            failedAlready: first);
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Database away ({Cause}) during {Request} (commit unsettled: {Unsettled}); try {Attempt} again in {PauseMs} ms")]
    private static partial void LogRetry(ILogger logger, string request, string cause, bool unsettled, int attempt, double pauseMs);
}
