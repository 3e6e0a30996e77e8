namespace Sip.Application.Abstractions;

/// <summary>The thing asked for does not exist, or the user may not know that it does (404).</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The user is known but their role or unit does not allow this (403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>No signed-in user (401).</summary>
public sealed class NotAuthenticatedException() : Exception("Du måste logga in.");

/// <summary>The caller edited an older version of the plan than the one stored (409).</summary>
public sealed class ConcurrencyConflictException(string message, int currentVersion) : Exception(message)
{
    public int CurrentVersion { get; } = currentVersion;
}

/// <summary>
/// The database went away while a command was being committed (503 if it stays away). Until the
/// database is back nobody can tell whether the change was stored; then the command's line in the
/// access log, written in the same transaction, tells.
/// </summary>
public sealed class CommitOutcomeUnknownException(Exception inner, Guid? logLine, object? response)
    : Exception("Det går inte att veta om ändringen hann sparas. Läs in planen och se efter innan du gör om den.", inner)
{
    /// <summary>The access-log line the command wrote: stored exactly when the command was.</summary>
    public Guid? LogLine { get; } = logLine;

    /// <summary>What the command would have answered had the commit been acknowledged.</summary>
    public object? Response { get; } = response;
}
