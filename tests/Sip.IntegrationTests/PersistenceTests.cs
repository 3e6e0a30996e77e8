using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Sip.Domain.Audit;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>The one model on each provider: migrations, round trips, concurrency and append-only history.</summary>
public sealed class PersistenceTests : IAsyncLifetime
{
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
    public async Task Migrations_create_the_schema_and_the_demo_county_seeds_through_the_domain(DatabaseProvider provider)
    {
        await using var db = await MigratedAndSeededAsync(provider);

        Assert.Equal(8, await db.Organizations.CountAsync());
        Assert.Equal(12, await db.Units.CountAsync());
        Assert.Equal(10, await db.Users.CountAsync());
        Assert.Equal(12, await db.Plans.CountAsync());
        var statuses = await db.Plans.Select(p => p.Status).ToListAsync();
        Assert.Contains(PlanStatus.Draft, statuses);
        Assert.Contains(PlanStatus.Invited, statuses);
        Assert.Contains(PlanStatus.Established, statuses);
        Assert.Contains(PlanStatus.Closed, statuses);
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_whole_plan_round_trips_with_its_value_objects_and_collections(DatabaseProvider provider)
    {
        await using (var seed = await MigratedAndSeededAsync(provider))
        {
            Assert.True(await seed.Plans.AnyAsync());
        }

        await using var db = _database!.CreateContext();
        var plan = await db.Plans
            .Include(p => p.Participants).Include(p => p.Consents).Include(p => p.Actions).Include(p => p.Needs)
            .Include(p => p.Meetings).Include(p => p.FollowUps).Include(p => p.Versions)
            .AsSplitQuery()
            .SingleAsync(p => p.Status == PlanStatus.Established);

        Assert.Equal("197809239846", plan.Person.IdentityNumber!.Value);
        Assert.Equal(new DateOnly(1978, 9, 23), plan.Person.IdentityNumber.DateOfBirth);
        Assert.Equal(new DateOnly(1978, 9, 23), plan.Person.BirthDate);
        Assert.Equal(3, plan.ActiveConsent!.ScopeOrganizationIds.Count);
        Assert.Contains(DemoDirectory.Arbetsformedlingen, plan.ActiveConsent.ScopeOrganizationIds);
        Assert.Equal(3, plan.Actions.Count);
        Assert.All(plan.Actions, a => Assert.Equal(ActionStatus.Accepted, a.Status));
        Assert.Equal(DemoDirectory.BeroendemottagningenOstersund, plan.OverallResponsibleUnitId);
        var version = Assert.Single(plan.Versions);
        var snapshot = PlanSnapshot.FromJson(version.ContentJson);
        Assert.Equal(plan.ReferenceNumber, snapshot.ReferenceNumber);
        Assert.Equal(3, snapshot.Actions.Count);
        Assert.Equal("Jag vill börja jobba igen och ha ordning på min ekonomi.", snapshot.PersonGoals);

        var invited = await db.Plans.Include(p => p.Meetings).SingleAsync(p => p.ReferenceNumber == "SIP-2026-000002");
        var meeting = Assert.Single(invited.Meetings);
        Assert.Equal(2, meeting.AttendeeParticipantIds.Count);
        Assert.Equal(TimeSpan.FromHours(1), meeting.Duration);

        var placed = await db.Plans.SingleAsync(p => p.ReferenceNumber == "SIP-2026-000004");
        Assert.NotNull(placed.Placement);
        Assert.True(placed.Placement.IsAcute);
        Assert.Equal(placed.Placement.StartedOn.AddDays(7), placed.Placement.SipMeetingDueOn);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Two_people_changing_the_same_plan_cannot_overwrite_each_other(DatabaseProvider provider)
    {
        (await MigratedAndSeededAsync(provider)).Dispose();
        var now = SipWebFactory.Now;
        await using var first = _database!.CreateContext();
        await using var second = _database.CreateContext();
        var a = await first.Plans.Include(p => p.Needs).SingleAsync(p => p.ReferenceNumber == "SIP-2026-000001");
        var b = await second.Plans.Include(p => p.Needs).SingleAsync(p => p.ReferenceNumber == "SIP-2026-000001");

        a.RecordGoalsAndNeeds("Mål A", ["Behov A"], now);
        await first.SaveChangesAsync();
        b.RecordGoalsAndNeeds("Mål B", ["Behov B"], now);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = _database.CreateContext();
        Assert.Equal("Mål A", (await check.Plans.SingleAsync(p => p.ReferenceNumber == "SIP-2026-000001")).PersonGoals);
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_database_refuses_a_second_plan_for_the_same_case_in_the_same_organisation(DatabaseProvider provider)
    {
        await using var db = await MigratedAndSeededAsync(provider);
        var existing = await db.Plans.AsNoTracking().FirstAsync(p => p.ReferenceNumber == "SIP-2026-000001");
        var unit = await db.Units.SingleAsync(u => u.Id == DemoDirectory.VuxenenhetenOstersund);
        var policy = await db.CountyPolicies.FirstAsync();
        var duplicate = SipPlan.Start(Guid.NewGuid(), "SIP-2026-000999", existing.Person, "Dubblett", existing.Origin.Kind,
            existing.Origin.ExternalCaseReference, unit, DemoDirectory.SocialWorker, null, policy, SipWebFactory.Now);
        db.Plans.Add(duplicate);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Audit_entries_and_plan_versions_cannot_be_changed_or_deleted(DatabaseProvider provider)
    {
        await using var db = await MigratedAndSeededAsync(provider);
        db.AuditEntries.Add(
            new AuditEntry(Guid.NewGuid(), SipWebFactory.Now, DemoDirectory.SocialWorker, null, null, AuditKind.Read, "GetPlan",
                "127.0.0.1"));
        await db.SaveChangesAsync();

        var entry = await db.AuditEntries.FirstAsync();
        db.AuditEntries.Remove(entry);
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        db.ChangeTracker.Clear();

        var plan = await db.Plans.Include(p => p.Versions).SingleAsync(p => p.Status == PlanStatus.Established);
        db.Entry(plan.Versions[0]).Property(v => v.ContentJson).CurrentValue = "{}";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    private Task<SipDbContext> MigratedAndSeededAsync(DatabaseProvider provider)
    {
        _database = TestDatabase.For(provider);
        return _database.WithDemoCountyAsync(new FakeTimeProvider(SipWebFactory.Now));
    }
}
