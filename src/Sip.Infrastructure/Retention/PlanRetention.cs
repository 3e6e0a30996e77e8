using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Sip.Application.Features;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;

namespace Sip.Infrastructure.Retention;

/// <summary>
/// Gallring, run daily: ended plans whose retention (Retention:DaysAfterClosing; five years, as SoL 12 kap. 1 §) has run
/// are anonymised (<see cref="SipPlan.Anonymise"/>) a batch at a time, each in its own save.
/// </summary>
public sealed class PlanRetention(SipDbContext db, TimeProvider clock, IConfiguration configuration)
{
    private const int BatchSize = 200;

    public int DaysAfterClosing { get; } = configuration.GetValue("Retention:DaysAfterClosing", 1826);

    /// <summary>Anonymises every plan due; answers how many.</summary>
    public async Task<int> AnonymiseAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var closedBefore = now.AddDays(-DaysAfterClosing).ToUniversalTime();
        var anonymised = 0;
        while (true)
        {
            var due = await db.Plans.Whole()
                .Where(p => p.Status == PlanStatus.Closed || p.Status == PlanStatus.Cancelled)
                .Where(p => p.ClosedAt < closedBefore && p.AnonymisedAt == null)
                .OrderBy(p => p.ClosedAt).ThenBy(p => p.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return anonymised;
            }

            due.ForEach(p => p.Anonymise(now));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            anonymised += due.Count;
        }
    }
}
