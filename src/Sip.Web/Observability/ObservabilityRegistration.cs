using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Sip.Application.Telemetry;

namespace Sip.Web.Observability;

/// <summary> Logs with the request's trace and span id, and OpenTelemetry traces, metrics and logs over OTLP once an OTLP endpoint is
/// configured by the standard variables. With none configured the OpenTelemetry SDK is not registered at all: no exporter, and no cost on
/// each request. </summary>
internal static class ObservabilityRegistration
{
    /// <summary>The standard variables that name where OTLP goes: all signals, or one each.</summary>
    private static readonly string[] OtlpEndpoints =
    [
        "OTEL_EXPORTER_OTLP_ENDPOINT",
        "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
        "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT",
        "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT",
    ];

    /// <summary> One id for this process, so its traces, metrics and logs name the same instance: the resource is built once per signal,
    /// and each build would draw its own. </summary>
    private static readonly string InstanceId = Guid.NewGuid().ToString();

    public const string QuotingHostingCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public const string QuotingSignalRCategory = "Microsoft.AspNetCore.SignalR";

    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        builder.Logging.Configure(o =>
            o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        // The trace and span ids travel as a logging scope, and a console formatter prints scopes only when asked.
        builder.Services.Configure<SimpleConsoleFormatterOptions>(o => o.IncludeScopes = true);
        builder.Services.Configure<JsonConsoleFormatterOptions>(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat ??= "O";
        });

        // Two framework categories quote what a user sent, whatever level an operator turns on:
        // hosting's "Request starting/finished" lines carry the query string, and a search for a
        // plan is by name or personnummer; SignalR's hub invocations carry the Blazor UI's events,
        // with the values typed into its forms. The server span carries the request without either.
        builder.Logging.AddFilter(QuotingHostingCategory, LogLevel.Warning);
        builder.Logging.AddFilter(QuotingSignalRCategory, LogLevel.Information);

        if (IsOtlpConfigured(builder.Configuration))
        {
            builder.Services.AddOpenTelemetry().AddSipTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    public static bool IsOtlpConfigured(IConfiguration configuration) =>
        OtlpEndpoints.Any(key => !string.IsNullOrWhiteSpace(configuration[key]));

    /// <summary> What is collected, whichever exporter takes it: the ASP.NET Core server spans and metrics, outgoing HTTP, EF Core
    /// commands, the runtime, and the app's own <see cref="SipTelemetry"/>. </summary>
    public static IOpenTelemetryBuilder AddSipTelemetry(this IOpenTelemetryBuilder otel)
    {
        ArgumentNullException.ThrowIfNull(otel);
        return otel
            // Defaults first, so that OTEL_RESOURCE_ATTRIBUTES and OTEL_SERVICE_NAME, read after them, win.
            .ConfigureResource(resource => resource.Clear()
                .AddService("sip", serviceInstanceId: InstanceId)
                .AddDetector(services => new RoleResourceDetector(services.GetRequiredService<IConfiguration>()))
                .AddTelemetrySdk()
                .AddEnvironmentVariableDetector())
            .WithTracing(tracing => tracing
                .AddSource(SipTelemetry.Name)
                .AddAspNetCoreInstrumentation(o =>
                {
                    // Probes every few seconds would bury the requests that matter.
                    o.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
                    o.EnrichWithHttpResponse = TelemetryPrivacy.PathAsRoute;
                })
                .AddHttpClientInstrumentation()
                // EF Core's instrumentation rather than Npgsql's own source: one for all three providers
                // (Microsoft.Data.Sqlite has no source, SqlClient only a DiagnosticListener), and it replaces
                // the literals in a statement with '?', where Npgsql's source exports the text as sent.
                .AddEntityFrameworkCoreInstrumentation(o => o.EnrichWithIDbCommand = TelemetryPrivacy.WithoutParameterValues))
            .WithMetrics(metrics => metrics
                .AddMeter(SipTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .WithLogging(configureBuilder: null, configureOptions: o => o.IncludeFormattedMessage = true);
    }
}
