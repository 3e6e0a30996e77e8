using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sip.Application.Notifications;
using Sip.Domain.Audit;
using Sip.Domain.Plans;
using Sip.Domain.Users;

namespace Sip.Infrastructure.Persistence;

/// <summary>
/// What every save of the domain keeps: history append-only, the plans' notices in the outbox in the
/// same transaction, and this node's directory cache (none without the application) forgotten on a user's change.
/// </summary>
public sealed class SaveRules(TimeProvider clock, DirectoryUsers? users) : SaveChangesInterceptor
{
    /// <summary>For a context made without the application (tests, design time, the migration step).</summary>
    public static readonly SaveRules Default = new(TimeProvider.System, null);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            RefuseRewritingHistory(context.ChangeTracker);
        }

        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            RefuseRewritingHistory(context.ChangeTracker);
            StoreNotices(context);
            if (context.ChangeTracker.Entries<UserAccount>()
                .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                // This node forgets its users at once; every node forgets again when PostgreSQL tells of the commit.
                users?.Forget();
            }
        }

        return ValueTask.FromResult(result);
    }

    /// <summary>The notices the plans' changes owe become outbox rows in this same save.</summary>
    private void StoreNotices(DbContext context)
    {
        var now = clock.GetUtcNow();
        var plans = context.ChangeTracker.Entries<SipPlan>().Select(e => e.Entity).Where(p => p.PendingNotices.Count > 0).ToList();
        foreach (var plan in plans)
        {
            context.Set<OutboxMessage>().AddRange(plan.PendingNotices.DistinctBy(n => n.Key).Select(n => new OutboxMessage(n, now)));
            plan.ClearNotices();
        }
    }

    /// <summary>
    /// The access log and established plan versions are records of what happened: the application
    /// may add to them, never change or remove them.
    /// </summary>
    private static void RefuseRewritingHistory(ChangeTracker tracker)
    {
        var rewritten = tracker.Entries()
            .Where(e => e.Entity is AuditEntry or PlanVersion && e.State is EntityState.Modified or EntityState.Deleted)
            .Where(e => !IsGallring(e))
            .Select(e => e.Entity.GetType().Name)
            .FirstOrDefault();
        if (rewritten is not null)
        {
            throw new InvalidOperationException($"{rewritten} is append-only: it cannot be changed or deleted.");
        }
    }

    /// <summary>The one change history takes: a version's content gallrad once, with its closed plan.</summary>
    private static bool IsGallring(EntityEntry entry) =>
        entry is { Entity: PlanVersion, State: EntityState.Modified }
        && entry.Property(nameof(PlanVersion.RedactedAt)) is { OriginalValue: null, CurrentValue: not null };
}
