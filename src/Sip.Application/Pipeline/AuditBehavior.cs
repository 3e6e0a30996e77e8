using Sip.Domain.Audit;

namespace Sip.Application.Pipeline;

/// <summary>
/// Writes the access log: every command, and every query whose answer holds personal data. For a
/// command it runs inside the command's transaction; a read's entry goes with those of other reads
/// answered at the same time (<see cref="ReadLog"/>), unless the read runs inside a transaction.
/// </summary>
public sealed class AuditBehavior<TMessage, TResponse>(ICurrentUser user, ISipDbContext db, TimeProvider clock, ReadLog reads)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        message is IBaseCommand or IReadsPersonalData ? LogAfterAsync(message, next, cancellationToken) : next(message, cancellationToken);

    private async ValueTask<TResponse> LogAfterAsync(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        var isCommand = message is IBaseCommand;
        var planId = (message as IPlanRequest)?.PlanId ?? (response as IConcernsPlan)?.PlanId;
        var entry = new AuditEntry(
            Guid.CreateVersion7(),
            clock.GetUtcNow(),
            user.IsAuthenticated ? user.UserId : null,
            user.UnitIds.Count > 0 ? user.UnitIds[0] : null,
            planId,
            isCommand ? AuditKind.Change : AuditKind.Read,
            typeof(TMessage).Name,
            user.Origin);
        if (isCommand || db.Database.CurrentTransaction is not null)
        {
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            await reads.WriteAsync(entry, cancellationToken);
        }

        return response;
    }
}
