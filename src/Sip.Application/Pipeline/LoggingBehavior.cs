using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Sip.Application.Pipeline;

/// <summary>
/// Traces every request by its name and outcome. The payload is never logged: it holds
/// personal data about substance use.
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var name = typeof(TMessage).Name;
        using var activity = SipTelemetry.Source.StartActivity(name);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken).ConfigureAwait(false);
            if (logger.IsEnabled(LogLevel.Debug))
            {
                var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogHandled(logger, name, elapsedMs);
            }

            return response;
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            if (logger.IsEnabled(LogLevel.Information))
            {
                var failure = ex.GetType().Name;
                var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogFailed(logger, name, failure, elapsedMs);
            }

            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Request} handled in {ElapsedMs:F1} ms")]
    private static partial void LogHandled(ILogger logger, string request, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} failed with {Failure} after {ElapsedMs:F1} ms")]
    private static partial void LogFailed(ILogger logger, string request, string failure, double elapsedMs);
}

public static class SipTelemetry
{
    public static readonly ActivitySource Source = new("Sip.Application");
}
