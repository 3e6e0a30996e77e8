using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Application.Features.Inbox;
using Sip.Application.Features.Plans;
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

    public IQueryable<PlanAction> Actions => Set<PlanAction>().AsNoTracking();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<OrganizationUnit> Units => Set<OrganizationUnit>();

    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<CountyPolicy> CountyPolicies => Set<CountyPolicy>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<PlanNumberSeries> PlanNumbers => Set<PlanNumberSeries>();

    public DbSet<InboxEntry> InboxEntries => Set<InboxEntry>();

    public DbSet<PlanDocument> PlanDocuments => Set<PlanDocument>();

    /// <summary>The keys of the web nodes' cookies and antiforgery tokens, shared by every node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>When notices are stamped; the application's clock, so tests can move it.</summary>
    private TimeProvider Clock => ApplicationService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;

    /// <summary>A service of the application's (a pooled context takes none in its constructor); null for a context made without one.</summary>
    private object? ApplicationService(Type type) =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(type);

    /// <summary>The asynchronous save is the application's; this one would leave the inbox's entries behind.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseRewritingHistory();
        if (ChangedPlans().Count > 0 || RenamedUnits().Count > 0)
        {
            throw new InvalidOperationException("A change to a plan or a unit's name is saved with SaveChangesAsync, which keeps the inbox's entries and the plans' documents with it.");
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// Saves, and in the same transaction writes anew the inbox entries of every plan the save
    /// changed (or, where only insatser were answered, removes theirs) and the plan's document
    /// (<see cref="PlanDocuments"/>): the plans' rows are written first, so a concurrent change to the
    /// same plan waits for this one to commit, and a rolled-back change takes its entries and its
    /// document with it. A unit renamed takes with it the documents that show its name.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseRewritingHistory();
        StoreNotices();
        if (ChangeTracker.Entries<UserAccount>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            // This node forgets its users at once; every node forgets again when PostgreSQL tells of the commit.
            (ApplicationService(typeof(DirectoryUsers)) as DirectoryUsers)?.Forget();
        }

        var changed = ChangedPlans();
        var renamed = RenamedUnits();
        if (changed.Count == 0 && renamed.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // Read before the save, which forgets what each property held.
        var answered = InsatserAnsweredOnly(changed);
        var documented = ChangeTracker.Entries<SipPlan>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => (e.Entity, e.State == EntityState.Added ? (int?)null : e.Property(p => p.Version).OriginalValue))
            .ToList();
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // Accepted whatever the caller asked: the entries' own save follows in this transaction,
            // and would write plans left unaccepted a second time.
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            var refreshed = changed.Where(id => !answered.ContainsKey(id)).ToList();
            if (refreshed.Count > 0)
            {
                await Application.Features.Inbox.InboxEntries.RefreshAsync(this, refreshed, cancellationToken);
            }

            foreach (var (plan, insatser) in answered)
            {
                await InboxEntries.Where(e => e.PlanId == plan && insatser.Contains(e.ItemId)).ExecuteDeleteAsync(cancellationToken);
            }

            await Application.Features.Plans.PlanDocuments.WriteAsync(this, documented, cancellationToken);
            if (renamed.Count > 0)
            {
                await Application.Features.Plans.PlanDocuments.ForgetUnitsAsync(this, renamed, cancellationToken);
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The plans of this save whose only change is insatser answered or moved on (none of them left
    /// proposed), with those insatser: all the inbox loses by such a change is the insatser's entries
    /// (an accepted insats no longer waits; who may see the plan is unchanged), so the entries need
    /// not be found anew, which is most of an acceptance's work. Any other change in the save, to a
    /// plan or to anything but the access log and the outbox, has every changed plan written anew.
    /// </summary>
    private Dictionary<Guid, List<Guid>> InsatserAnsweredOnly(List<Guid> changed)
    {
        var answered = changed.ToDictionary(id => id, _ => new List<Guid>());
        foreach (var entry in ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            var modified = entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name);
            switch (entry.Entity)
            {
                case SipPlan when entry.State == EntityState.Modified && modified.All(name => name is nameof(SipPlan.Version) or nameof(SipPlan.UpdatedAt)):
                    break;
                case PlanAction action when entry.State == EntityState.Modified && action.Status != ActionStatus.Proposed
                    && modified.All(name => name is nameof(PlanAction.Status) or nameof(PlanAction.DecidedAt) or nameof(PlanAction.DecidedByUserId) or nameof(PlanAction.RejectionReason))
                    && entry.Property("PlanId").CurrentValue is Guid planId && answered.TryGetValue(planId, out var insatser):
                    insatser.Add(action.Id);
                    break;
                case AuditEntry or OutboxMessage when entry.State == EntityState.Added:
                    break;
                default:
                    return [];
            }
        }

        return answered.Where(a => a.Value.Count > 0).ToDictionary();
    }

    private List<Guid> RenamedUnits() => ChangeTracker.Entries<OrganizationUnit>()
        .Where(e => e.State == EntityState.Modified && e.Property(u => u.Name).IsModified)
        .Select(e => e.Entity.Id)
        .ToList();

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

    public abstract string SwedishCollation { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SipDbContext).Assembly);
    }

    /// <summary>
    /// The person's name columns in a server database's Swedish collation, so that anything sorting or
    /// comparing them there (reports, a DBA's query) is Swedish as the application's lists are.
    /// </summary>
    protected static void SwedishPersonNames(ModelBuilder modelBuilder, string collation)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<SipPlan>().OwnsOne(p => p.Person, person =>
        {
            person.Property(x => x.FullName).UseCollation(collation);
            person.Property(x => x.SortName).UseCollation(collation);
        });
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
