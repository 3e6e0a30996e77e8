using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Sip.Benchmarks;

/// <summary>
/// The statements a use case sends, heard from EF Core's diagnostic events while it runs once, and
/// the query plan PostgreSQL chooses for the slowest of them with the same parameters: what the
/// report shows for the slowest questions, so a reader sees where their time goes.
/// </summary>
internal sealed class QueryPlans : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private readonly object _gate = new();
    private List<Statement>? _heard;

    public QueryPlans() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>Runs <paramref name="question"/> once and explains the slowest statement it sent.</summary>
    public async Task<(TimeSpan Duration, string Plan)> OfSlowestAsync(Func<Task> question, string postgres)
    {
        lock (_gate)
        {
            _heard = [];
        }

        await question();
        Statement slowest;
        lock (_gate)
        {
            slowest = _heard!.MaxBy(s => s.Duration) ?? throw new InvalidOperationException("The question sent no statement.");
            _heard = null;
        }

        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + slowest.Sql, connection);
        explain.Parameters.AddRange(slowest.Parameters);
        var lines = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }

        return (slowest.Duration, string.Join('\n', lines));
    }

    public void Dispose() => _subscriptions.ForEach(s => s.Dispose());

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(value.Subscribe(this));
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != RelationalEventId.CommandExecuted.Name || value.Value is not CommandExecutedEventData executed)
        {
            return;
        }

        lock (_gate)
        {
            // The command is reused for the next statement once this one is read: keep copies.
            _heard?.Add(new Statement(executed.Command.CommandText,
                [.. executed.Command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone())], executed.Duration));
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    private sealed record Statement(string Sql, NpgsqlParameter[] Parameters, TimeSpan Duration);
}
