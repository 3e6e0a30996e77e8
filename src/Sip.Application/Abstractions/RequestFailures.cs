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
