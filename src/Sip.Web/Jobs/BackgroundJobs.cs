using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Sip.Infrastructure.Notifications;
using Sip.Infrastructure.Persistence;

namespace Sip.Web.Jobs;

/// <summary>
/// Hangfire decides when; the database holds the truth (the outbox, the plans). Storage follows
/// the database: PostgreSQL or SQL Server when the plans are there, in memory on the embedded
/// SQLite default. The dashboard is for administrators only.
/// </summary>
internal static class BackgroundJobs
{
    public const string DashboardPath = "/hangfire";

    public static bool AreEnabled(IConfiguration configuration) => configuration.GetValue("Jobs:Enabled", true);

    public static void AddBackgroundJobs(this IServiceCollection services, IConfiguration configuration)
    {
        if (!AreEnabled(configuration))
        {
            return;
        }

        var provider = DatabaseRegistration.ProviderFrom(configuration);
        var connectionString = configuration.GetConnectionString("Sip");
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            switch (provider)
            {
                case DatabaseProvider.Postgres:
                    // A job enqueued on one server is picked up within seconds by any of them.
                    config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(2) });
                    break;
                case DatabaseProvider.SqlServer:
                    config.UseSqlServerStorage(connectionString, new Hangfire.SqlServer.SqlServerStorageOptions { QueuePollInterval = TimeSpan.Zero });
                    break;
                default:
                    config.UseInMemoryStorage();
                    break;
            }
        });
        services.AddHangfireServer(options => options.WorkerCount = Math.Max(2, Environment.ProcessorCount));
    }

    public static void UseBackgroundJobs(this WebApplication app)
    {
        if (!AreEnabled(app.Configuration))
        {
            return;
        }

        app.UseHangfireDashboard(DashboardPath, new DashboardOptions { Authorization = [new AdministratorsOnly()], DashboardTitle = "SIP – bakgrundsjobb", AppPath = "/" });
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<OutboxDispatcher>(
            "outbox", dispatcher => dispatcher.DispatchAsync(CancellationToken.None), app.Configuration["Jobs:OutboxCron"] ?? Cron.Minutely());
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<DeadlineScanner>(
            "deadlines", scanner => scanner.ScanAsync(CancellationToken.None), app.Configuration["Jobs:DeadlineCron"] ?? "*/15 * * * *");
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<Sip.Infrastructure.Retention.PlanRetention>(
            "gallring", retention => retention.AnonymiseAsync(CancellationToken.None), app.Configuration["Jobs:RetentionCron"] ?? "30 2 * * *");
    }

    private sealed class AdministratorsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().User.IsInRole(nameof(Sip.Domain.Users.UserRole.Administrator));
    }
}
