using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Sip.Application.Telemetry;

/// <summary>
/// The app's own spans and measurements, under one name the telemetry set-up listens to. A tag
/// value names a kind of thing (a request type, an outcome, a deadline kind), never a person, a
/// text someone wrote or a plan id: a plan id leads straight to a person.
/// </summary>
public static class SipTelemetry
{
    public const string Name = "Sip";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Each request through the pipeline, tagged with its type name, kind and outcome.</summary>
    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "sip.request.duration",
        unit: "s",
        description: "Time to handle a use case through the pipeline, by request, kind and outcome.",
        tags: null,
        // The buckets ASP.NET Core uses for http.server.request.duration, so the two read side by side.
        advice: new InstrumentAdvice<double>
        {
            HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10],
        });

    public static readonly Counter<long> RemindersWritten = Meter.CreateCounter<long>(
        "sip.reminders.written",
        unit: "{reminder}",
        description: "Reminders the deadline scan wrote to the outbox, by deadline kind and whether each is an escalation.");

    public static readonly Counter<long> OutboxMessages = Meter.CreateCounter<long>(
        "sip.outbox.messages",
        unit: "{message}",
        description: "Outbox messages the dispatcher handled, by notice kind, recipient kind and outcome (sent, no_address, failed).");
}
