using Sip.Application.Features.Inbox;

namespace Sip.Application.ReadModels.Inbox;

/// <summary>
/// Keeps <see cref="InboxEntry"/> equal to what the inbox would find by asking the plans
/// (InboxCountsAgreementTests prove it on both providers, after changes of every kind).
/// </summary>
public static class InboxEntries
{
    /// <summary>How many plans <see cref="RepairAsync"/> compares at a time.</summary>
    private const int Batch = 2000;

    /// <summary>
    /// Writes the plans' entries anew from what is stored now. The caller holds a transaction in
    /// which the plans' rows are already written or locked (<see cref="RepairAsync"/> locks them), so
    /// that two refreshes of one plan run one after the other and the later sees the earlier's entries.
    /// </summary>
    public static async Task RefreshAsync(ISipDbContext db, IReadOnlyCollection<Guid> planIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(planIds);
        var ids = planIds.ToList();
        await db.InboxEntries.Where(e => ids.Contains(e.PlanId)).ExecuteDeleteAsync(cancellationToken);
        var entries = await InboxEntryRules.Of(db, db.Plans.Where(p => ids.Contains(p.Id))).ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return;
        }

        // Inserted, not saved: the refresh runs while the context is still saving the plans.
        await RowInsert.InsertAsync((DbContext)db, entries, cancellationToken);
    }

    /// <summary>
    /// Each night compares every plan's entries with what its plan says, a batch at a time, and writes anew, locked,
    /// those that differ (a plan written during a rolling upgrade or by hand). Answers how many plans it repaired.
    /// </summary>
    public static async Task<int> RepairAsync(ISipDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var after = Guid.Empty;
        var repaired = 0;
        while (true)
        {
            var from = after;
            // The open plans, and those with entries left over: a closed plan's go with the repair.
            var batch = await db.Plans.AsNoTracking()
                .Where(p => p.Id.CompareTo(from) > 0)
                .Where(p => (p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled)
                    || db.InboxEntries.Any(e => e.PlanId == p.Id))
                .OrderBy(p => p.Id).Select(p => p.Id).Take(Batch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return repaired;
            }

            var expected = await InboxEntryRules.Of(db, db.Plans.Where(p => batch.Contains(p.Id))).ToListAsync(cancellationToken);
            var stored = await db.InboxEntries.AsNoTracking().Where(e => batch.Contains(e.PlanId)).ToListAsync(cancellationToken);
            var differing = expected.Select(Key).ToHashSet();
            differing.SymmetricExceptWith(stored.Select(Key));
            var plans = differing.Select(k => k.PlanId).Distinct().ToList();
            if (plans.Count > 0)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                // A write to each plan's row, which waits for a change under way and holds off the next.
                await db.Plans.Where(p => plans.Contains(p.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version), cancellationToken);
                await RefreshAsync(db, plans, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                repaired += plans.Count;
            }

            after = batch[^1];
        }

        static (Guid PlanId, Guid ItemId, Guid UnitId, InboxItemKind Kind, DateOnly? DueOn) Key(InboxEntry r) =>
            (r.PlanId, r.ItemId, r.UnitId, r.Kind, r.DueOn);
    }
}
