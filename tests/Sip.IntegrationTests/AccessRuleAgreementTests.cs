using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Sip.Application.Abstractions;
using Sip.Application.Features.Plans;
using Sip.Application.ReadModels.Documents;
using Sip.Application.Querying;
using Sip.Domain.Plans;
using Sip.Domain.Users;
using Sip.Infrastructure.Persistence;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// The plan access rule is written four times, each for a different kind of question: the domain's
/// <see cref="SipPlan.IsVisibleTo"/>, the one-plan test every request about a plan asks
/// (<see cref="VisiblePlans.CanSeeAsync"/>, a compiled query), the set every list starts from
/// (<see cref="VisiblePlans.For"/>, a union of two indexed sets) and the condition the inboxes add
/// (<see cref="VisiblePlans.RuleFor"/>). Here they must agree for every unit and every plan of the
/// demo county, after one person has withdrawn consent, so that a unit taking part has just lost it.
/// </summary>
public sealed class AccessRuleAgreementTests : IAsyncLifetime
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
    public async Task The_four_spellings_of_the_access_rule_agree_for_every_unit_and_plan(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var withdrawn = await WithdrawAsync(db);
        var plans = await db.Plans.AsNoTracking().Include(p => p.Participants).Include(p => p.Consents).AsSplitQuery().ToListAsync();
        var units = await db.Units.AsNoTracking().ToListAsync();
        var disagreements = new List<string>();
        var seen = 0;

        foreach (var unit in units)
        {
            var user = new UnitUser(unit.Id);
            var listed = await VisiblePlans.For(db, user).Select(p => p.Id).ToListAsync();
            var byCondition = await db.Plans.Where(VisiblePlans.RuleFor(db, [unit.Id])).Select(p => p.Id).ToListAsync();
            foreach (var plan in plans)
            {
                var rule = plan.IsVisibleTo(unit.Id, unit.OrganizationId);
                var one = await VisiblePlans.CanSeeAsync(db, user, plan.Id, CancellationToken.None);
                // The plan page's read, which tests the rule in the statement that reads the plan's document.
                var read = (await PlanDocuments.ReadIfSeenAsync(db, plan.Id, [unit.Id], CancellationToken.None))?.Seen;
                if (one != rule || listed.Contains(plan.Id) != rule || byCondition.Contains(plan.Id) != rule || read != rule)
                {
                    disagreements.Add($"{unit.Name} / {plan.ReferenceNumber}: domain {rule}, one plan {one}, list " +
                        $"{listed.Contains(plan.Id)}, condition {byCondition.Contains(plan.Id)}, plan page {read}");
                }

                seen += rule ? 1 : 0;
            }
        }

        Assert.Empty(disagreements);

        // The comparison covers both answers and the withdrawal, not only plans everyone sees.
        Assert.InRange(seen, 1, (units.Count * plans.Count) - 1);
        var withdrawnPlan = plans.Single(p => p.Id == withdrawn.PlanId);
        Assert.False(withdrawnPlan.IsVisibleTo(withdrawn.UnitId, units.Single(u => u.Id == withdrawn.UnitId).OrganizationId));
    }

    /// <summary>The person withdraws consent on a plan that a unit other than the initiating one takes part in.</summary>
    private static async Task<(Guid PlanId, Guid UnitId)> WithdrawAsync(SipDbContext db)
    {
        var plans = await db.Plans.Include(p => p.Participants).Include(p => p.Consents).AsSplitQuery().ToListAsync();
        var consented = plans.First(p => p.Status is PlanStatus.Invited or PlanStatus.Established && p.ActiveConsent is not null
            && p.Participants.Any(x => x.UnitId is not null && x.UnitId != p.Origin.InitiatingUnitId && x.State
                != InvitationState.Declined));
        var takingPart = consented.Participants.First(x => x.UnitId is not null && x.UnitId != consented.Origin.InitiatingUnitId && x.State
            != InvitationState.Declined);
        Assert.True(consented.IsVisibleTo(takingPart.UnitId!.Value, takingPart.OrganizationId!.Value));
        consented.WithdrawConsent("Personen vill inte längre att uppgifterna delas.", SipWebFactory.Now);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return (consented.Id, takingPart.UnitId.Value);
    }

    private Task<SipDbContext> SeededAsync(DatabaseProvider provider)
    {
        _database = TestDatabase.For(provider);
        return _database.WithDemoCountyAsync(new FakeTimeProvider(SipWebFactory.Now));
    }

    /// <summary>A user of one unit; the rule looks at nothing else of a user.</summary>
    private sealed class UnitUser(Guid unitId) : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public Guid UserId { get; } = Guid.NewGuid();

        public UserRole Role => UserRole.SocialWorker;

        public IReadOnlyList<Guid> UnitIds { get; } = [unitId];

        public string? Origin => "test";
    }
}
