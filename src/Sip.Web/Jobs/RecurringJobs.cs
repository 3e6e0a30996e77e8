using Hangfire;
using Sip.Application.ReadModels.Documents;
using Sip.Application.ReadModels.Inbox;
using Sip.Infrastructure.Notifications;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Retention;

namespace Sip.Web.Jobs;

/// <summary>
/// Registers the recurring jobs where a Hangfire server runs. Hangfire registers under a storage lock and fires a
/// run once however many workers poll; registration is tried again until the storage answers, so a worker starts
/// while the database is still away.
/// </summary>
internal sealed partial class RecurringJobs(IRecurringJobManager jobs, IConfiguration configuration, ILogger<RecurringJobs> log)
    : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Register();
                return;
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                LogNotYet(log, failure.GetType().Name, RetryAfter.TotalSeconds);
                await Task.Delay(RetryAfter, stoppingToken);
            }
        }
    }

    private void Register()
    {
        jobs.AddOrUpdate<OutboxDispatcher>(
            "outbox", dispatcher => dispatcher.DispatchAsync(CancellationToken.None), configuration["Jobs:OutboxCron"] ?? Cron.Minutely());
        jobs.AddOrUpdate<DeadlineScanner>(
            "deadlines", scanner => scanner.ScanAsync(CancellationToken.None), configuration["Jobs:DeadlineCron"] ?? "*/15 * * * *");
        jobs.AddOrUpdate<PlanRetention>(
            "gallring", retention => retention.AnonymiseAsync(CancellationToken.None), configuration["Jobs:RetentionCron"] ?? "30 2 * * *");
        jobs.AddOrUpdate<InboxEntryRepair>(
            "inbox-entries", repair => repair.RepairAsync(CancellationToken.None), configuration["Jobs:InboxEntriesCron"] ?? "15 3 * * *");
        jobs.AddOrUpdate<PlanDocumentRepair>(
            "plan-documents",
            repair => repair.RepairAsync(CancellationToken.None),
            configuration["Jobs:PlanDocumentsCron"] ?? "45 3 * * *");
    }

    [LoggerMessage(
        Level = LogLevel.Warning, Message = "The recurring jobs could not be registered yet ({Cause}); trying again in {Seconds} s.")]
    private static partial void LogNotYet(ILogger logger, string cause, double seconds);
}
