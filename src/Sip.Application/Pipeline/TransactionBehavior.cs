using Sip.Domain.Audit;

namespace Sip.Application.Pipeline;

/// <summary>
/// A command and its audit entry commit together or not at all, so a failure never leaves a
/// half-written plan or an unlogged change.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(ISipDbContext db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        message is not IBaseCommand || db.Database.CurrentTransaction is not null
            ? next(message, cancellationToken)
            : InTransactionAsync(message, next, cancellationToken);

    private async ValueTask<TResponse> InTransactionAsync(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var logged = LogLines();
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using (transaction)
        {
            var response = await next(message, cancellationToken);
            try
            {
                await transaction.CommitAsync(cancellationToken);
            }
            catch (Exception away) when (DatabaseAway.Is(away))
            {
                throw new CommitOutcomeUnknownException(away, LogLines().Except(logged).Cast<Guid?>().FirstOrDefault(), response);
            }

            return response;
        }
    }

    private HashSet<Guid> LogLines() => [.. db.ChangeTracker.Entries<AuditEntry>().Select(e => e.Entity.Id)];
}
