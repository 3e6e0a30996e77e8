namespace Sip.Application.Abstractions;

/// <summary>The thing asked for does not exist, or the user may not know that it does.</summary>
public sealed class NotFoundException(string message) : Exception(message)
{
    public NotFoundException()
        : this("Hittades inte.")
    {
    }

    public NotFoundException(string message, Exception innerException)
        : this(message) => _ = innerException;
}

/// <summary>The user is known but their role or unit does not allow this.</summary>
public sealed class ForbiddenException(string message) : Exception(message)
{
    public ForbiddenException()
        : this("Du saknar behörighet.")
    {
    }

    public ForbiddenException(string message, Exception innerException)
        : this(message) => _ = innerException;
}

/// <summary>The caller edited an older version of the plan than the one stored (409).</summary>
public sealed class ConcurrencyConflictException(string message, int currentVersion) : Exception(message)
{
    public int CurrentVersion { get; } = currentVersion;
}

/// <summary>No signed-in user (401).</summary>
public sealed class NotAuthenticatedException() : Exception("Du måste logga in.")
{
    public NotAuthenticatedException(string message)
        : this() => _ = message;

    public NotAuthenticatedException(string message, Exception innerException)
        : this() => _ = (message, innerException);
}
