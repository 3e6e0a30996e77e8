using Sip.Domain.Common;

namespace Sip.Application.Telemetry;

/// <summary>
/// How a request ended, in the few words the metrics and spans use: the kind of failure, never its
/// message, which may quote what was sent.
/// </summary>
internal static class RequestOutcome
{
    public const string Success = "success";

    public static string Of(Exception failure) => failure switch
    {
        ValidationException => "validation",
        NotAuthenticatedException => "unauthenticated",
        ForbiddenException => "forbidden",
        NotFoundException => "not_found",
        ConcurrencyConflictException or DbUpdateConcurrencyException => "conflict",
        DomainException => "rule",
        CommitOutcomeUnknownException => "unavailable",
        OperationCanceledException => "cancelled",
        _ when DatabaseAway.Is(failure) => "unavailable",

        // A unique or foreign key refused the change (SQLSTATE class 23): answered 409 like an edit conflict.
        _ when DatabaseAway.Cause(failure) is { SqlState: ['2', '3', ..] } => "conflict",
        _ => "error",
    };

    /// <summary>Whether the outcome is the system's fault rather than an answer to the caller's request.</summary>
    public static bool IsFault(string outcome) => outcome is "error" or "unavailable";
}
