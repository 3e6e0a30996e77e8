using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Sip.Application.Telemetry;

namespace Sip.Application.Pipeline;

/// <summary>
/// Traces, times and counts every request by its type name, kind and outcome. The payload is never
/// logged nor tagged: it holds personal data about substance use.
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly string Name = typeof(TMessage).Name;

    private static readonly string Kind =
        typeof(IBaseCommand).IsAssignableFrom(typeof(TMessage)) ? "command"
        : typeof(IBaseQuery).IsAssignableFrom(typeof(TMessage)) ? "query"
        : "request";

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        using var activity = SipTelemetry.Source.StartActivity(Name);
        activity?.SetTag("sip.request.kind", Kind);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            Record(activity, RequestOutcome.Success, elapsed);
            if (logger.IsEnabled(LogLevel.Debug))
            {
                LogHandled(logger, Name, elapsed.TotalMilliseconds);
            }

            return response;
        }
        catch (Exception ex)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var outcome = RequestOutcome.Of(ex);
            Record(activity, outcome, elapsed);

            // A refused request (validation, access, a rule) is an answer, not a fault of the system.
            if (RequestOutcome.IsFault(outcome))
            {
                activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            }

            if (logger.IsEnabled(LogLevel.Information))
            {
                var failure = ex.GetType().Name;
                LogFailed(logger, Name, failure, elapsed.TotalMilliseconds);
            }

            throw;
        }
    }

    private static void Record(Activity? activity, string outcome, TimeSpan elapsed)
    {
        activity?.SetTag("sip.request.outcome", outcome);
        if (SipTelemetry.RequestDuration.Enabled)
        {
            SipTelemetry.RequestDuration.Record(
                elapsed.TotalSeconds,
                new TagList { { "sip.request.name", Name }, { "sip.request.kind", Kind }, { "sip.request.outcome", outcome } });
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Request} handled in {ElapsedMs:F1} ms")]
    private static partial void LogHandled(ILogger logger, string request, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} failed with {Failure} after {ElapsedMs:F1} ms")]
    private static partial void LogFailed(ILogger logger, string request, string failure, double elapsedMs);
}
