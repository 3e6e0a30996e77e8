using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Sip.Application.ReadModels.Inbox;

namespace Sip.Application.ReadModels;

/// <summary>
/// The one step that keeps the read models (the inbox's entries, the plans' documents) after a
/// domain change: once per save, after the plans' rows are written, in the save's transaction.
/// </summary>
public sealed class ReadModelStep : SaveChangesInterceptor
{
    /// <summary>The step holds no state of its own but what one save leaves for its end.</summary>
    public static readonly ReadModelStep Instance = new();

    private readonly ConditionalWeakTable<DbContext, ChangeSet> _saving = [];

    private ReadModelStep()
    {
    }

    /// <summary>The synchronous save is for what keeps no read model (the data protection keys).</summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && ChangeSet.Of(context) is not null)
        {
            throw new InvalidOperationException(
                "A change to a plan or a unit's name is saved with SaveChangesAsync, which keeps the inbox's entries "
                + "and the plans' documents with it.");
        }

        return result;
    }

    /// <summary>
    /// Notes what the save changes (read before the save, which forgets what each property held) and
    /// opens the transaction the read models are written in, where the caller holds none.
    /// </summary>
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is not { } context || ChangeSet.Of(context) is not { } changes)
        {
            return result;
        }

        changes.Own = context.Database.CurrentTransaction is null
            ? await context.Database.BeginTransactionAsync(cancellationToken)
            : null;
        _saving.AddOrUpdate(context, changes);
        return result;
    }

    /// <summary>
    /// Writes the read models of what was saved: the plans' rows are written first, so a concurrent
    /// change to the same plan waits for this one to commit, and a rolled-back change takes its
    /// entries and its document with it.
    /// </summary>
    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is not { } context || !_saving.TryGetValue(context, out var changes))
        {
            return result;
        }

        _saving.Remove(context);
        await using (changes.Own)
        {
            await WriteAsync((ISipDbContext)context, changes, cancellationToken);
            if (changes.Own is { } own)
            {
                await own.CommitAsync(cancellationToken);
            }
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        await ForgetAsync(eventData.Context);
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        await ForgetAsync(eventData.Context);
    }

    /// <summary>The entries of the changed plans (or, where only insatser were answered, theirs gone) and the documents.</summary>
    private static async Task WriteAsync(ISipDbContext db, ChangeSet changes, CancellationToken cancellationToken)
    {
        var refreshed = changes.Plans.Where(id => !changes.Answered.ContainsKey(id)).ToList();
        if (refreshed.Count > 0)
        {
            await InboxEntries.RefreshAsync(db, refreshed, cancellationToken);
        }

        foreach (var (plan, insatser) in changes.Answered)
        {
            await db.InboxEntries.Where(e => e.PlanId == plan && insatser.Contains(e.ItemId)).ExecuteDeleteAsync(cancellationToken);
        }

        await PlanDocuments.WriteAsync(db, changes.Documented, cancellationToken);
        if (changes.RenamedUnits.Count > 0)
        {
            await PlanDocuments.ForgetUnitsAsync(db, changes.RenamedUnits, cancellationToken);
        }
    }

    private async Task ForgetAsync(DbContext? context)
    {
        if (context is not null && _saving.TryGetValue(context, out var changes))
        {
            _saving.Remove(context);
            if (changes.Own is { } own)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>What one save changed that the read models follow, and the transaction the step opened for it.</summary>
    private sealed class ChangeSet
    {
        public required List<Guid> Plans { get; init; }

        public required List<Guid> RenamedUnits { get; init; }

        public required Dictionary<Guid, List<Guid>> Answered { get; init; }

        public required List<(SipPlan Plan, int? PreviousVersion)> Documented { get; init; }

        public IDbContextTransaction? Own { get; set; }

        /// <summary>Null where the save changes no plan and renames no unit.</summary>
        public static ChangeSet? Of(DbContext context)
        {
            var tracker = context.ChangeTracker;
            var plans = tracker.Entries<SipPlan>()
                .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                .Select(e => e.Entity.Id)
                .ToList();
            var renamed = tracker.Entries<Domain.Organizations.OrganizationUnit>()
                .Where(e => e.State == EntityState.Modified && e.Property(u => u.Name).IsModified)
                .Select(e => e.Entity.Id)
                .ToList();
            if (plans.Count == 0 && renamed.Count == 0)
            {
                return null;
            }

            return new ChangeSet
            {
                Plans = plans,
                RenamedUnits = renamed,
                Answered = AnsweredInsatser.Only(tracker, plans),
                Documented = [.. tracker.Entries<SipPlan>()
                    .Where(e => e.State is EntityState.Added or EntityState.Modified)
                    .Select(e => (e.Entity, e.State == EntityState.Added ? (int?)null : e.Property(p => p.Version).OriginalValue))],
            };
        }
    }
}
