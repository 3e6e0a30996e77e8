using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sip.Infrastructure.Persistence;

namespace Sip.Web.Hosting;

/// <summary>Probes for an orchestrator: <c>/health/live</c> checks only that the process answers, so a slow database never restarts
/// it; <c>/health/ready</c> (and the older <c>/health</c>) checks the database, Hangfire's storage where used, and the demo plans.
/// The answers are a status word only: no names, no exception texts.</summary>
internal static class HealthEndpoints
{
    public const string Live = "/health/live";
    public const string Ready = "/health/ready";
    private const string ReadyTag = "ready";

    /// <summary>A probe gets its 503 within this, rather than waiting out a connect timeout.</summary>
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(4);

    public static IServiceCollection AddHealthEndpoints(this IServiceCollection services, ProcessSetup setup)
    {
        var checks = services.AddHealthChecks().AddDbContextCheck<SipDbContext>("database", tags: [ReadyTag]);
        services.AddSingleton<DemoPlans>();
        checks.Add(new HealthCheckRegistration("demo-plans", provider => provider.GetRequiredService<DemoPlans>(), failureStatus: null,
            tags: [ReadyTag]));
        if (setup.UsesJobs)
        {
            checks.Add(new HealthCheckRegistration("jobs", provider => new JobStorageCheck(provider), failureStatus: null,
                tags: [ReadyTag]));
        }

        services.PostConfigure<HealthCheckServiceOptions>(options =>
        {
            foreach (var registration in options.Registrations)
            {
                registration.Timeout = CheckTimeout;
            }
        });
        return services;
    }

    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        Map(app, Live, _ => false);
        Map(app, Ready, check => check.Tags.Contains(ReadyTag));
        Map(app, "/health", check => check.Tags.Contains(ReadyTag));
    }

    private static void Map(IEndpointRouteBuilder app, string path, Func<HealthCheckRegistration, bool> predicate) =>
        app.MapHealthChecks(path, new HealthCheckOptions { Predicate = predicate }).AllowAnonymous().DisableRateLimiting();

    /// <summary>Hangfire's storage answers a read. Its API is synchronous, so the read runs off the request and the timeout can give up on
    /// it.</summary>
    private sealed class JobStorageCheck(IServiceProvider services) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
        {
            try
            {
                await Task.Run(
                    () =>
                    {
                        // Resolved here, not injected: building the storage may itself reach for the database.
                        using var connection = services.GetRequiredService<JobStorage>().GetConnection();
                        connection.GetAllItemsFromSet("recurring-jobs");
                    },
                    cancellationToken).WaitAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "The job storage does not answer.", failure);
            }
        }
    }
}
