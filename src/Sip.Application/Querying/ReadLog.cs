using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Sip.Domain.Audit;

namespace Sip.Application.Querying;

/// <summary>
/// Writes the access log's entries for reads answered at the same time in one insert; each read waits
/// for its own entry. A command's entry commits in the command's own transaction instead.
/// </summary>
public sealed class ReadLog(IServiceScopeFactory scopes) : IDisposable
{
    /// <summary>At most this many entries in one insert, so that one statement stays small.</summary>
    private const int MostAtOnce = 256;

    private const string PostgreSqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    private readonly Channel<Waiting> _waiting = Channel.CreateUnbounded<Waiting>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _starting = new();
    private Task? _writer;

    /// <summary>Stores the entry, with any others waiting; fails as the insert failed, and then nothing of it was stored.</summary>
    public Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ObjectDisposedException.ThrowIf(!_waiting.Writer.TryWrite(new Waiting(entry, stored)), this);

        if (_writer is null)
        {
            lock (_starting)
            {
                _writer ??= Task.Run(WriteAllAsync, CancellationToken.None);
            }
        }

        // A reader that gives up does not take its entry back: the read happened.
        return stored.Task.WaitAsync(cancellationToken);
    }

    /// <summary>No more entries are taken; those waiting are still written.</summary>
    public void Dispose() => _waiting.Writer.TryComplete();

    private async Task WriteAllAsync()
    {
        var batch = new List<Waiting>(MostAtOnce);
        while (await _waiting.Reader.WaitToReadAsync())
        {
            while (batch.Count < MostAtOnce && _waiting.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                // A scope of its own: the readers' contexts belong to their requests, and each may be
                // in the middle of a query of its own.
                var scope = scopes.CreateAsyncScope();
                await using (scope)
                {
                    var db = scope.ServiceProvider.GetRequiredService<ISipDbContext>();
                    if (db.Database.ProviderName == PostgreSqlProvider)
                    {
                        // PostgreSQL runs the inserts, sent in one round trip and ended by a single
                        // Sync, as one implicit transaction: all are stored or none. The transaction
                        // EF Core would open around several statements adds only its COMMIT's round trip.
                        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
                    }

                    db.AuditEntries.AddRange(batch.Select(w => w.Entry));
                    await db.SaveChangesAsync(CancellationToken.None);
                }

                batch.ForEach(w => w.Stored.TrySetResult());
            }
#pragma warning disable CA1031 // every reader in the batch is told why its entry was not stored, and its request fails or is tried again
            catch (Exception failure)
#pragma warning restore CA1031
            {
                batch.ForEach(w => w.Stored.TrySetException(failure));
            }

            batch.Clear();
        }
    }

    private sealed record Waiting(AuditEntry Entry, TaskCompletionSource Stored);
}
