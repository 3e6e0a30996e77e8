using Microsoft.Extensions.Logging;

namespace Sip.Application.ReadModels.Documents;

/// <summary>
/// The nightly writing of the plans' documents that are not current (<see cref="PlanDocuments.RepairAsync"/>),
/// also run by the migration step that brings the documents in. A unit renamed leaves some for it;
/// many on a night after no upgrade and no rename mean plans were written past the application.
/// </summary>
public sealed partial class PlanDocumentRepair(ISipDbContext db, ILogger<PlanDocumentRepair> log)
{
    /// <param name="lockPlans">False only where no node of this release writes plans meanwhile (the migration
    /// step, the benchmark's generator).</param>
    public async Task<int> RepairAsync(CancellationToken cancellationToken, bool lockPlans = true)
    {
        var written = await PlanDocuments.RepairAsync(db, cancellationToken, lockPlans);
        if (written > 0)
        {
            LogWritten(log, written);
        }

        return written;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The documents of {Plans} plans were not current and were written anew.")]
    private static partial void LogWritten(ILogger logger, int plans);
}
