using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Sip.Infrastructure.Persistence;
using Sip.Web.Hosting;

namespace Sip.Web.Jobs;

/// <summary> Hangfire decides when; the database holds the truth (the outbox, the plans). Storage follows the database: PostgreSQL or SQL
/// Server when the plans are there, in memory on the embedded SQLite default. A server, and with it the recurring jobs, runs only in the
/// roles All and Worker; a web node keeps the storage, to enqueue and to show the dashboard, which is for administrators only. </summary>
internal static class BackgroundJobs
{
    public const string DashboardPath = "/hangfire";

    public static void AddBackgroundJobs(this IServiceCollection services, IConfiguration configuration, ProcessSetup setup)
    {
        if (!setup.UsesJobs)
        {
            return;
        }

        var provider = DatabaseRegistration.ProviderFrom(configuration);
        var connectionString = configuration.GetConnectionString("Sip");
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (provider)
            {
                case DatabaseProvider.Postgres:
                    // A job enqueued on one server is picked up within seconds by any of them. One
                    // quick retry when the database is away at start-up, then the storage starts
                    // unprepared and prepares itself on first use: the process comes up and answers
                    // its probes (ready says 503) instead of blocking its start for half a minute.
                    config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions
                    {
                        QueuePollInterval = TimeSpan.FromSeconds(2),
                        StartupConnectionMaxRetries = 1,
                        AllowDegradedModeWithoutStorage = true,
                    });
                    break;
                case DatabaseProvider.SqlServer:
                    config.UseSqlServerStorage(connectionString,
                        new Hangfire.SqlServer.SqlServerStorageOptions { QueuePollInterval = TimeSpan.Zero });
                    break;
                default:
                    config.UseInMemoryStorage();
                    break;
            }
        });

        if (setup.RunsJobServer)
        {
            services.AddHangfireServer(options => options.WorkerCount = Math.Max(2, Environment.ProcessorCount));
            services.AddHostedService<RecurringJobs>();
        }
    }

    public static void UseJobDashboard(this WebApplication app, ProcessSetup setup)
    {
        if (setup.UsesJobs && setup.ServesWeb)
        {
            app.UseHangfireDashboard(DashboardPath,
                new DashboardOptions
                {
                    Authorization = [new AdministratorsOnly()],
                    DashboardTitle = "SIP – bakgrundsjobb",
                    AppPath = "/"
                });
        }
    }

    private sealed class AdministratorsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().User.IsInRole(nameof(Sip.Domain.Users.UserRole.Administrator));
    }
}
