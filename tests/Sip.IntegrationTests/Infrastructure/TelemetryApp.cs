using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Sip.Infrastructure.Persistence;
using Sip.Web.Observability;

namespace Sip.IntegrationTests.Infrastructure;

/// <summary>
/// An app per database provider whose spans and metrics go to memory instead of an OTLP collector,
/// whose every log line is kept at every level, and whose e-mail goes to an SMTP server in the test.
/// </summary>
public sealed class TelemetryApp : IAsyncLifetime
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DatabaseProvider, Lazy<Task<Run>>> _runs = new();

    /// <summary>Every app's spans: the instrumentation listens process-wide, so a test picks its own by trace id.</summary>
    public LockedCollection<Activity> Spans { get; } = new();

    public LockedCollection<MetricSnapshot> Metrics { get; } = new();

    /// <summary>The app on a database of the provider, with its own log capture and mail server.</summary>
    public sealed record Run(SipWebFactory App, CapturedLogs Logs, SmtpListener Smtp, TestDatabase Database);

    public Task<Run> For(DatabaseProvider provider) =>
        _runs.GetOrAdd(provider, p => new Lazy<Task<Run>>(() => StartAsync(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var run in _runs.Values.Where(r => r.IsValueCreated))
        {
            var (app, _, smtp, database) = await run.Value;
            await app.DisposeAsync();
            await smtp.DisposeAsync();
            await database.DisposeAsync();
        }
    }

    private async Task<Run> StartAsync(DatabaseProvider provider)
    {
        TestDatabase database = provider == DatabaseProvider.Sqlite ? new SqliteTestDatabase() : new PostgresTestDatabase();
        await database.InitializeAsync();
        var logs = new CapturedLogs();
        var smtp = new SmtpListener();
        var app = new SipWebFactory(
            database,
            services =>
            {
                services.AddSingleton<ILoggerProvider>(logs);
                services.AddOpenTelemetry().AddSipTelemetry()
                    .WithTracing(tracing => tracing.AddInMemoryExporter(Spans))
                    .WithMetrics(metrics => metrics.AddInMemoryExporter(Metrics));
            },
            new Dictionary<string, string>
            {
                // Everything, EF Core's commands and ASP.NET Core's internals included: what an operator
                // turning every level up would see. The console stays quiet, or the run drowns in it.
                ["Logging:LogLevel:Default"] = "Trace",
                ["Logging:LogLevel:Microsoft"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Trace",
                ["Logging:Console:LogLevel:Default"] = "None",
                ["Mail:Smtp:Host"] = "127.0.0.1",
                ["Mail:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            });
        _ = app.Server;
        return new Run(app, logs, smtp, database);
    }

    /// <summary>The first exported span that matches; a server span ends just after its response, so it is waited for.</summary>
    public async Task<Activity> SpanAsync(Func<Activity, bool> match)
    {
        for (var tries = 0; tries < 100; tries++)
        {
            if (Spans.Snapshot().FirstOrDefault(match) is { } span)
            {
                return span;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("No exported span matches.");
    }

    /// <summary>The tags of each point of a metric, as collected now.</summary>
    public List<Dictionary<string, string>> Points(Run run, string metric)
    {
        ArgumentNullException.ThrowIfNull(run);
        run.App.Services.GetRequiredService<MeterProvider>().ForceFlush();
        var points = new List<Dictionary<string, string>>();
        foreach (var snapshot in Metrics.Snapshot().Where(m => m.Name == metric))
        {
            foreach (var point in snapshot.MetricPoints)
            {
                var tags = new Dictionary<string, string>();
                foreach (var tag in point.Tags)
                {
                    tags[tag.Key] = Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? string.Empty;
                }

                points.Add(tags);
            }
        }

        return points;
    }

    /// <summary>
    /// Every text that leaves the app as telemetry: each log line, each span's names, status, tags,
    /// events and baggage, each metric point's tags and the resource, each with where it came from.
    /// </summary>
    public IEnumerable<(string Where, string Text)> EverythingExported(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        run.App.Services.GetRequiredService<TracerProvider>().ForceFlush();
        run.App.Services.GetRequiredService<MeterProvider>().ForceFlush();
        foreach (var line in run.Logs.Lines)
        {
            yield return ("log", line);
        }

        foreach (var span in Spans.Snapshot())
        {
            var where = $"span {span.Source.Name} {span.DisplayName}";
            yield return (where, $"{span.DisplayName} {span.OperationName} {span.StatusDescription}");
            foreach (var (key, value) in span.TagObjects)
            {
                yield return ($"{where} {key}", Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
            }

            foreach (var (key, value) in span.Baggage)
            {
                yield return ($"{where} baggage {key}", value ?? string.Empty);
            }

            foreach (var spanEvent in span.Events)
            {
                yield return ($"{where} event", spanEvent.Name);
                foreach (var (key, value) in spanEvent.Tags)
                {
                    yield return ($"{where} event {spanEvent.Name} {key}", Convert.ToString(value, CultureInfo.InvariantCulture)
                        ?? string.Empty);
                }
            }
        }

        foreach (var snapshot in Metrics.Snapshot())
        {
            foreach (var point in snapshot.MetricPoints)
            {
                foreach (var tag in point.Tags)
                {
                    yield return ($"metric {snapshot.Name} {tag.Key}", Convert.ToString(tag.Value, CultureInfo.InvariantCulture)
                        ?? string.Empty);
                }
            }
        }

        foreach (var (key, value) in run.App.Services.GetRequiredService<TracerProvider>().GetResource().Attributes)
        {
            yield return ($"resource {key}", Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
        }
    }
}
