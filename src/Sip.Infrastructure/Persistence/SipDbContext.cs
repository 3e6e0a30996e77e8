using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Application.Features.Inbox;
using Sip.Application.Notifications;
using Sip.Domain.Audit;
using Sip.Domain.Organizations;
using Sip.Domain.Plans;
using Sip.Domain.Policies;
using Sip.Domain.Users;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Sip.Infrastructure.Persistence;

/// <summary>
/// The one EF Core model. Each database provider has a subclass only so that its migrations are
/// kept apart (Migrations/Sqlite, Migrations/Postgres, Migrations/SqlServer).
/// </summary>
public abstract class SipDbContext(DbContextOptions options) : DbContext(options), ISipDbContext, IDataProtectionKeyContext
{
    public DbSet<SipPlan> Plans => Set<SipPlan>();

    public IQueryable<Participant> Participants => Set<Participant>().AsNoTracking();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<OrganizationUnit> Units => Set<OrganizationUnit>();

    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<CountyPolicy> CountyPolicies => Set<CountyPolicy>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<PlanNumberSeries> PlanNumbers => Set<PlanNumberSeries>();

    public DbSet<InboxEntry> InboxEntries => Set<InboxEntry>();

    /// <summary>The keys of the web nodes' cookies and antiforgery tokens, shared by every node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>When notices are stamped; the application's clock, so tests can move it.</summary>
    private TimeProvider Clock =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(TimeProvider)) as TimeProvider
        ?? TimeProvider.System;

    /// <summary>The asynchronous save is the application's; this one would leave the inbox's entries behind.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseRewritingHistory();
        if (ChangedPlans().Count > 0)
        {
            throw new InvalidOperationException("A change to a plan is saved with SaveChangesAsync, which keeps the inbox's entries with it.");
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// Saves, and in the same transaction writes anew the inbox entries of every plan the save
    /// changed: the plans' rows are written first, so a concurrent change to the same plan waits for
    /// this one to commit, and a rolled-back change takes its entries with it.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseRewritingHistory();
        StoreNotices();
        var changed = ChangedPlans();
        if (changed.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;
        try
        {
            // Accepted whatever the caller asked: the entries' own save follows in this transaction,
            // and would write plans left unaccepted a second time.
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken).ConfigureAwait(false);
            await Application.Features.Inbox.InboxEntries.RefreshAsync(this, changed, cancellationToken).ConfigureAwait(false);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return written;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private List<Guid> ChangedPlans() => ChangeTracker.Entries<SipPlan>()
        .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
        .Select(e => e.Entity.Id)
        .ToList();

    /// <summary>
    /// The notices the plans' changes owe become outbox rows in this same save, and so in the same
    /// transaction as the change.
    /// </summary>
    private void StoreNotices()
    {
        var now = Clock.GetUtcNow();
        foreach (var plan in ChangeTracker.Entries<SipPlan>().Select(e => e.Entity).Where(p => p.PendingNotices.Count > 0).ToList())
        {
            Outbox.AddRange(plan.PendingNotices.DistinctBy(n => n.Key).Select(n => new OutboxMessage(n, now)));
            plan.ClearNotices();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SipDbContext).Assembly);
    }

    /// <summary>
    /// The access log and established plan versions are records of what happened: the application
    /// may add to them, never change or remove them.
    /// </summary>
    private void RefuseRewritingHistory()
    {
        var rewritten = ChangeTracker.Entries()
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
    private static bool IsGallring(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry is { Entity: PlanVersion, State: EntityState.Modified }
        && entry.Property(nameof(PlanVersion.RedactedAt)) is { OriginalValue: null, CurrentValue: not null };
}
