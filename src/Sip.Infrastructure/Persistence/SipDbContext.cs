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

namespace Sip.Infrastructure.Persistence;

/// <summary>
/// The one EF Core model; a save's rules and read models are its interceptors (<see cref="SaveRules"/>,
/// ReadModelStep). Each provider has a subclass only so that its migrations are kept apart.
/// </summary>
public abstract class SipDbContext(DbContextOptions options)
    : DbContext(options), ISipDbContext, IDataProtectionKeyContext
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
}
