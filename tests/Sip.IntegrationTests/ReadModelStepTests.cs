using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using Sip.Application.Features;
using Sip.Application.Features.Inbox;
using Sip.Application.ReadModels.Documents;
using Sip.Application.ReadModels.Inbox;
using Sip.Domain.Actions;
using Sip.Domain.Organizations;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// The read models (inbox entries, plan documents) are kept by one step of the save that changes a
/// plan: no second save on the context, and in the save's transaction, so a rollback takes them too.
/// </summary>
public sealed class ReadModelStepTests : IAsyncLifetime
{
    private static readonly FakeTimeProvider Clock = new(SipWebFactory.Now);

    private TestDatabase? _database;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_change_to_a_plan_is_one_save_that_brings_its_inbox_entry_and_document(DatabaseProvider provider)
    {
        var saves = new SaveCounter();
        await using var db = await SeededAsync(provider, saves);
        var (plan, action) = await ProposeAsync(db);

        await db.SaveChangesAsync();

        // The old context saved again from inside its save, once per read model.
        Assert.Equal(1, saves.Count);
        Assert.True(await db.InboxEntries.AnyAsync(
            e => e.PlanId == plan.Id && e.ItemId == action.Id && e.Kind == InboxItemKind.ActionToAccept));
        Assert.Equal(plan.Version, await db.PlanDocuments.Where(d => d.PlanId == plan.Id).Select(d => d.Version).SingleAsync());
        Assert.Equal(0, await InboxEntries.RepairAsync(db, CancellationToken.None));
        Assert.Equal(0, await PlanDocuments.RepairAsync(db, CancellationToken.None));
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_change_rolled_back_takes_its_inbox_entry_and_document_with_it(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider, new SaveCounter());
        var (plan, action) = await ProposeAsync(db);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.SaveChangesAsync();
            Assert.True(await db.InboxEntries.AnyAsync(e => e.ItemId == action.Id));
            await transaction.RollbackAsync();
        }

        db.ChangeTracker.Clear();
        Assert.False(await db.InboxEntries.AnyAsync(e => e.ItemId == action.Id));
        var stored = await db.Plans.Where(p => p.Id == plan.Id).Select(p => p.Version).SingleAsync();
        Assert.True(stored < plan.Version);
        Assert.Equal(stored, await db.PlanDocuments.Where(d => d.PlanId == plan.Id).Select(d => d.Version).SingleAsync());
    }

    /// <summary>An insats proposed to the plan's initiating unit, which sees the plan and so waits for it.</summary>
    private static async Task<(SipPlan Plan, PlanAction Action)> ProposeAsync(SipDbContext db)
    {
        var plans = await db.Plans.Whole().AsSplitQuery()
            .Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled)
            .OrderBy(p => p.ReferenceNumber).ToListAsync();
        var plan = plans.First(p => p.ParticipantForUnit(p.Origin.InitiatingUnitId) is not null);
        var unit = await db.Units.SingleAsync(u => u.Id == plan.Origin.InitiatingUnitId);
        var type = ActionTypeCatalog.All.First(
            t => (t.Principal == ResponsiblePrincipal.Region) == (unit.OrganizationKind == OrganizationKind.Region));
        var policy = await PlanChanges.PolicyAsync(db, CancellationToken.None);
        var action = plan.ProposeAction(type, unit, null, "Insats i provet.", null, null, Guid.NewGuid(), policy, Clock.GetUtcNow());
        return (plan, action);
    }

    private async Task<SipDbContext> SeededAsync(DatabaseProvider provider, SaveCounter saves)
    {
        _database = TestDatabase.For(provider);
        await using (await _database.WithDemoCountyAsync(Clock))
        {
        }

        return provider == DatabaseProvider.Sqlite
            ? new SqliteSipDbContext((DbContextOptions<SqliteSipDbContext>)DatabaseRegistration
                .UseSqlite(new DbContextOptionsBuilder<SqliteSipDbContext>(), _database.ConnectionString).AddInterceptors(saves).Options)
            : new PostgresSipDbContext((DbContextOptions<PostgresSipDbContext>)DatabaseRegistration
                .UsePostgres(new DbContextOptionsBuilder<PostgresSipDbContext>(), _database.ConnectionString)
                .AddInterceptors(saves).Options);
    }

    /// <summary>Counts the saves the context begins, its own and any made from inside one.</summary>
    private sealed class SaveCounter : SaveChangesInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return ValueTask.FromResult(result);
        }
    }
}
