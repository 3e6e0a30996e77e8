using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// OTLP is switched on by the standard OpenTelemetry variables alone: without an endpoint the app
/// runs with no OpenTelemetry at all; with one, its spans and metrics reach the collector under the
/// configured service name and the process role.
/// </summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task Without_an_OTLP_endpoint_no_exporter_nor_any_OpenTelemetry_is_registered()
    {
        var database = new SqliteTestDatabase();
        await database.InitializeAsync();
        try
        {
            await using var app = new SipWebFactory(database);
            _ = app.Server;

            Assert.Null(app.Services.GetService<TracerProvider>());
            Assert.Null(app.Services.GetService<MeterProvider>());
            Assert.DoesNotContain(app.Services.GetServices<ILoggerProvider>(),
                p => p.GetType().Assembly.GetName().Name!.StartsWith("OpenTelemetry", StringComparison.Ordinal));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task With_an_OTLP_endpoint_spans_and_metrics_reach_the_collector_as_the_named_service_and_role()
    {
        using var collector = new OtlpCollector();
        var database = new SqliteTestDatabase();
        await database.InitializeAsync();
        try
        {
            await using var app = new SipWebFactory(database, settings: new Dictionary<string, string>
            {
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint,
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
                ["OTEL_SERVICE_NAME"] = "sip-region-jh",
                ["OTEL_RESOURCE_ATTRIBUTES"] = "deployment.environment.name=test",
                ["Sip:Role"] = "Web",

                // A web node leaves migrating and seeding to the migrate step; this test's database has had none.
                ["Database:MigrateAtStartup"] = "true",
            });
            using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
            using var plans = await social.GetAsync("/api/v1/plans");
            Assert.Equal(HttpStatusCode.OK, plans.StatusCode);

            var tracing = app.Services.GetRequiredService<TracerProvider>();
            Assert.True(tracing.ForceFlush(10_000));
            Assert.True(app.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

            Assert.Contains("/v1/traces", collector.Paths);
            Assert.Contains("/v1/metrics", collector.Paths);
            var resource = tracing.GetResource().Attributes.ToDictionary(a => a.Key, a => a.Value);
            Assert.Equal(("sip-region-jh", "Web", "test"),
                (resource["service.name"] as string, resource["sip.role"] as string, resource["deployment.environment.name"] as string));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    /// <summary>An OTLP/HTTP collector on 127.0.0.1: answers every export with 200 and remembers which signal's path was posted.</summary>
    private sealed class OtlpCollector : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _serving;

        public OtlpCollector()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Endpoint = $"http://127.0.0.1:{port}";
            _listener.Prefixes.Add(Endpoint + "/");
            _listener.Start();
            _serving = ServeAsync();
        }

        public string Endpoint { get; }

        public ConcurrentQueue<string> Paths { get; } = new();

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            _serving.Wait(TimeSpan.FromSeconds(5));
        }

        private async Task ServeAsync()
        {
            while (true)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception stopped) when (stopped is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                Paths.Enqueue(context.Request.Url!.AbsolutePath);
                await context.Request.InputStream.CopyToAsync(Stream.Null);
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        }
    }
}
