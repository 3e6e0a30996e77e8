using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.Extensions.Logging.Abstractions;
using Sip.Application.Abstractions;
using Sip.Application.Pipeline;
using Sip.Application.Telemetry;
using Sip.Domain.Common;

namespace Sip.Application.Tests;

public sealed class TelemetryTests
{
    public sealed record RenameForTelemetry(string? Name) : ICommand<string>;

    [Fact]
    public async Task Each_request_is_timed_by_name_kind_and_outcome_and_nothing_it_carried()
    {
        var measured = new ConcurrentQueue<Dictionary<string, object?>>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SipTelemetry.Name && instrument.Name == "sip.request.duration")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>(
            (_, _, tags, _) => measured.Enqueue(tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
        listener.Start();
        var behavior = new LoggingBehavior<RenameForTelemetry, string>(NullLogger<LoggingBehavior<RenameForTelemetry, string>>.Instance);
        var request = new RenameForTelemetry("Anna Andersson 19121212-1212");

        await behavior.Handle(request, (_, _) => ValueTask.FromResult("ok"), CancellationToken.None);
        Exception[] failures =
        [
            new ValidationException([new ValidationFailure("Name", "Anna Andersson är för långt.")]),
            new ForbiddenException("Anna Andersson"),
            new NotFoundException("Anna Andersson"),
            new ConcurrencyConflictException("Anna Andersson", 3),
            new DomainException("plan.rule", "Anna Andersson"),
            new InvalidOperationException("Anna Andersson"),
        ];
        foreach (var failure in failures)
        {
            await Assert.ThrowsAnyAsync<Exception>(
                async () => await behavior.Handle(request, (_, _) => throw failure, CancellationToken.None));
        }

        var mine = measured.Where(m => Equals(m["sip.request.name"], nameof(RenameForTelemetry))).ToList();
        Assert.Equal(["success", "validation", "forbidden", "not_found", "conflict", "rule", "error"],
            mine.Select(m => (string?)m["sip.request.outcome"]));
        Assert.All(mine, m => Assert.Equal("command", m["sip.request.kind"]));
        Assert.All(mine.SelectMany(m => m.Values), value => Assert.DoesNotContain("Anna", value as string, StringComparison.Ordinal));
    }
}
