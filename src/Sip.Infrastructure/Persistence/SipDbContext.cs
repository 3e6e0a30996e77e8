using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Domain.Audit;
using Sip.Domain.Organizations;
using Sip.Domain.Plans;
using Sip.Domain.Policies;
using Sip.Domain.Users;

namespace Sip.Infrastructure.Persistence;

/// <summary>
/// The one EF Core model. Each database provider has a subclass only so that its migrations are
/// kept apart (Migrations/Sqlite, Migrations/Postgres, Migrations/SqlServer).
/// </summary>
public abstract class SipDbContext(DbContextOptions options) : DbContext(options), ISipDbContext
{
    public DbSet<SipPlan> Plans => Set<SipPlan>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<OrganizationUnit> Units => Set<OrganizationUnit>();

    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<CountyPolicy> CountyPolicies => Set<CountyPolicy>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseRewritingHistory();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseRewritingHistory();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
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
            .Select(e => e.Entity.GetType().Name)
            .FirstOrDefault();
        if (rewritten is not null)
        {
            throw new InvalidOperationException($"{rewritten} is append-only: it cannot be changed or deleted.");
        }
    }
}
