using System.Collections;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Sip.IntegrationTests.Infrastructure;

/// <summary>
/// Every line the app logs, whatever the level, as text: the message, each structured value, each
/// scope around it and the exception, for a test that looks for what must never be logged.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private static void AppendValues(StringBuilder line, object? state)
    {
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            foreach (var (key, value) in values)
            {
                line.Append(' ').Append(key).Append('=').Append(Text(value));
            }
        }
        else
        {
            line.Append(' ').Append(state);
        }
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        IEnumerable items => string.Join(',', items.Cast<object?>().Select(Text)),
        _ => value.ToString() ?? string.Empty,
    };

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var line = new StringBuilder().Append(category).Append(' ').Append(logLevel).Append(' ').Append(formatter(state, exception));
            AppendValues(line, state);
            owner._scopes.ForEachScope((scope, text) => AppendValues(text.Append(" scope:"), scope), line);
            if (exception is not null)
            {
                line.Append(' ').Append(exception);
            }

            owner._lines.Enqueue(line.ToString());
        }
    }
}

/// <summary>A list the exporters add to from any thread while a test reads a copy of it.</summary>
public sealed class LockedCollection<T> : ICollection<T>
{
    private readonly List<T> _items = [];

    public int Count
    {
        get
        {
            lock (_items)
            {
                return _items.Count;
            }
        }
    }

    public bool IsReadOnly => false;

    public T[] Snapshot()
    {
        lock (_items)
        {
            return [.. _items];
        }
    }

    public void Add(T item)
    {
        lock (_items)
        {
            _items.Add(item);
        }
    }

    public void Clear()
    {
        lock (_items)
        {
            _items.Clear();
        }
    }

    public bool Contains(T item)
    {
        lock (_items)
        {
            return _items.Contains(item);
        }
    }

    public void CopyTo(T[] array, int arrayIndex)
    {
        lock (_items)
        {
            _items.CopyTo(array, arrayIndex);
        }
    }

    public bool Remove(T item)
    {
        lock (_items)
        {
            return _items.Remove(item);
        }
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Snapshot()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
