using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Sip.Application.Features.Inbox;
using Sip.Application.Features.Plans;
using Sip.Application.Notifications;
using Sip.Domain.Audit;
using Sip.Domain.Organizations;
using Sip.Domain.Policies;

namespace Sip.Application.Abstractions;

/// <summary>
/// The unit of work the use cases query and change. It is the EF Core context itself, seen through
/// the sets the application needs, so handlers write plain LINQ with no repository in between.
/// </summary>
public interface ISipDbContext
{
    DbSet<SipPlan> Plans { get; }

    /// <summary>
    /// Who takes part in which plan, read across plans without the plans themselves; untracked, as
    /// a participant only changes through its plan.
    /// </summary>
    IQueryable<Participant> Participants { get; }

    /// <summary>The insatser of every plan, read by key without their plans; untracked, as an insats changes through its plan.</summary>
    IQueryable<PlanAction> Actions { get; }

    DbSet<Organization> Organizations { get; }

    DbSet<OrganizationUnit> Units { get; }

    DbSet<UserAccount> Users { get; }

    DbSet<CountyPolicy> CountyPolicies { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    /// <summary>Notices and reminders on their way; the reminder list reads what was sent.</summary>
    DbSet<OutboxMessage> Outbox { get; }

    /// <summary>The last reference number of each year.</summary>
    DbSet<PlanNumberSeries> PlanNumbers { get; }

    /// <summary>What waits for each unit, kept with every change to a plan, for the inbox's counts.</summary>
    DbSet<InboxEntry> InboxEntries { get; }

    /// <summary>Each plan as <c>GetPlan</c> answers it, kept with every change to the plan.</summary>
    DbSet<PlanDocument> PlanDocuments { get; }

    DatabaseFacade Database { get; }

    /// <summary>
    /// This database's name for Swedish order with case ignored (… X Y Z Å Ä Ö), for
    /// <c>EF.Functions.Collate</c> where a list sorts by a name.
    /// </summary>
    string SwedishCollation { get; }

    /// <summary>Emptied before a request is tried again, so nothing of the failed attempt is saved.</summary>
    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
