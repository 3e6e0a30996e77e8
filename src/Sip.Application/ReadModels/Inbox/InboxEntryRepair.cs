using Microsoft.Extensions.Logging;

namespace Sip.Application.ReadModels.Inbox;

/// <summary>
/// The nightly check of the inbox's entries against the plans (<see cref="InboxEntries.RepairAsync"/>),
/// also run by the migration step that brings the entries in. A repair on a night after no upgrade
/// means a plan was written past the application, which is worth a look.
/// </summary>
public sealed partial class InboxEntryRepair(ISipDbContext db, ILogger<InboxEntryRepair> log)
{
    public async Task<int> RepairAsync(CancellationToken cancellationToken)
    {
        var repaired = await InboxEntries.RepairAsync(db, cancellationToken);
        if (repaired > 0)
        {
            LogRepaired(log, repaired);
        }

        return repaired;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The inbox entries of {Plans} plans differed from the plans and were written anew.")]
    private static partial void LogRepaired(ILogger logger, int plans);
}
