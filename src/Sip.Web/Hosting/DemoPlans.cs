using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sip.Infrastructure.Persistence;

namespace Sip.Web.Hosting;

/// <summary>The demo county's plans, written while the embedded default already answers: the sign-in page needs only the demo users.
/// Until the plans are written every signed-in request waits (<see cref="HoldSignedInRequests"/>) and readiness answers unhealthy, so
/// no one sees the demo county half-written.</summary>
internal sealed partial class DemoPlans(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<DemoPlans> logger)
    : IHealthCheck
{
    private readonly Lock _gate = new();
    private Task _written = Task.CompletedTask;

    /// <summary>Completes when every writing begun has finished; faults when one failed.</summary>
    public Task Written
    {
        get
        {
            lock (_gate)
            {
                return _written;
            }
        }
    }

    /// <summary>Begins writing the demo plans on the thread pool.</summary>
    public void BeginWriting() => Include(Task.Run(WriteAsync));

    /// <summary>Adds a writing that <see cref="Written"/> waits for too.</summary>
    public void Include(Task writing)
    {
        lock (_gate)
        {
            _written = Task.WhenAll(_written, writing);
        }
    }

    /// <summary> Holds a signed-in request until the plans are written. A sign-in page, a static file or a health probe does not wait.
    /// Should the writing have failed, the app is stopping (see <see cref="WriteAsync"/>) and the request is told so. </summary>
    public static void HoldSignedInRequests(WebApplication app)
    {
        var plans = app.Services.GetRequiredService<DemoPlans>();
        app.Use(async (context, next) =>
        {
            var written = plans.Written;
            if (!written.IsCompletedSuccessfully && context.User.Identity?.IsAuthenticated == true)
            {
                try
                {
                    await written.WaitAsync(context.RequestAborted);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    return;
                }
            }

            await next(context);
        });
    }

    /// <summary>Ready once the plans are written: a load balancer sends no one to a half-seeded demo.</summary>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        var written = Written;
        return Task.FromResult(
            written.IsCompletedSuccessfully ? HealthCheckResult.Healthy()
            : written.IsFaulted ? HealthCheckResult.Unhealthy("The demo plans could not be written.", written.Exception)
            : HealthCheckResult.Unhealthy("The demo plans are being written."));
    }

    private async Task WriteAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().SeedDemoPlansAsync(lifetime.ApplicationStopping);
        }
        catch (Exception failure)
        {
            // As when the database cannot be brought up at start: the process stops rather than
            // serving a demo county without its plans.
            LogFailed(logger, failure);
            lifetime.StopApplication();
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The demo plans could not be written; the app stops.")]
    private static partial void LogFailed(ILogger logger, Exception failure);
}
