using System.Collections.Concurrent;
using Sip.Domain.Users;

namespace Sip.Infrastructure.Persistence;

/// <summary>
/// The directory's active users by id, asked by every signed-in request. Kept in memory only while
/// <see cref="DirectoryChangeListener"/> hears every change from PostgreSQL; otherwise each request reads the database.
/// </summary>
public sealed class DirectoryUsers
{
    /// <summary>
    /// A bound on what is kept: a county's users who are signed in at once fit many times over,
    /// and past it a user is read from the database rather than memory growing.
    /// </summary>
    private const int MostKept = 20_000;

    private readonly ConcurrentDictionary<Guid, UserAccount> _active = new();

    /// <summary>Raised with every change; a read begun before it may not be kept.</summary>
    private long _generation;

    private volatile bool _keeping;

    /// <summary>The active user with this id, from memory if kept, else by <paramref name="read"/> (null when there is none).</summary>
    public async ValueTask<UserAccount?> ActiveByIdAsync(Guid id, Func<ValueTask<UserAccount?>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (_keeping && _active.TryGetValue(id, out var kept))
        {
            return kept;
        }

        var generation = Interlocked.Read(ref _generation);
        var user = await read();
        if (user is { IsActive: true } && _keeping && _active.Count < MostKept)
        {
            _active[id] = user;

            // A change told of between the read and the line above has already cleared what was
            // kept, and would leave this user as read before it: taken back.
            if (Interlocked.Read(ref _generation) != generation)
            {
                _active.TryRemove(KeyValuePair.Create(id, user));
            }
        }

        return user;
    }

    /// <summary>Some user changed: nothing kept so far holds.</summary>
    public void Forget()
    {
        Interlocked.Increment(ref _generation);
        _active.Clear();
    }

    /// <summary>Every later change will be told: users read from now on may be kept.</summary>
    public void StartKeeping()
    {
        Forget();
        _keeping = true;
    }

    /// <summary>Changes may go untold: nothing is kept until <see cref="StartKeeping"/>.</summary>
    public void StopKeeping()
    {
        _keeping = false;
        Forget();
    }
}
