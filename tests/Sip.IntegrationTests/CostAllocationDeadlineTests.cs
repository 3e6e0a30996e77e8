using Microsoft.EntityFrameworkCore;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Rule 9 across Easter: after an acute placement decided on Maundy Thursday 2027 the cost
/// allocation is due ten Swedish working days later, on 12 April (Good Friday and Easter Monday
/// do not count), and both principals are chased from the next working day until it is settled.
/// Moves its app's clock, so it has an app of its own.
/// </summary>
public sealed class CostAllocationDeadlineTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task An_unsettled_cost_allocation_is_chased_at_both_principals_after_ten_working_days_and_not_once_settled(
        DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        app.Clock.Advance(SwedishTime.FromLocal(new DateTime(2027, 3, 25, 9, 0, 0, DateTimeKind.Unspecified)) - app.Clock.GetUtcNow());
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var planId = (await Scenarios.StartWithClinicAsync(social, "Kostnad Testsson")).PlanId;
        await ChangePlanAsync(app, planId,
            (plan, policy, now) => plan.RegisterPlacement(
                new HvbPlacement(new DateOnly(2027, 3, 25), new DateOnly(2027, 3, 25), isAcute: true, precededBySip: false, policy), now));

        // Thursday 8 April would be the deadline without Easter; Friday 9 and Monday 12 April are still in time.
        foreach (var day in new[] { new DateOnly(2027, 4, 9), new DateOnly(2027, 4, 12) })
        {
            await ScanOnAsync(app, day);
            Assert.Empty(await RemindersAsync(app, planId));
        }

        // Tuesday 13 April: the first reminder, to the initiating unit and to the region's unit taking part.
        await ScanOnAsync(app, new DateOnly(2027, 4, 13));
        Assert.Equal([(0, DemoDirectory.VuxenenhetenOstersund), (0, DemoDirectory.BeroendemottagningenOstersund)],
            await RemindersAsync(app, planId));

        // The principals agree; nothing more is sent.
        await ChangePlanAsync(app, planId, (plan, _, now) =>
        {
            plan.ProposeCostAllocation(CostShareKind.Percent, 50, 50, "Lika delar: behandling och boende väger lika.",
                DemoDirectory.VuxenenhetenOstersund, now);
            plan.AgreeCostAllocation(Sip.Domain.Organizations.OrganizationKind.Municipality, DemoManagers.Social, now);
            plan.AgreeCostAllocation(Sip.Domain.Organizations.OrganizationKind.Region, DemoManagers.Clinic, now);
        });
        await ScanOnAsync(app, new DateOnly(2027, 4, 30));
        Assert.Equal(2, (await RemindersAsync(app, planId)).Count);
    }

    private static async Task ChangePlanAsync(SipWebFactory app, Guid planId,
        Action<SipPlan, Sip.Domain.Policies.CountyPolicy, DateTimeOffset> change)
    {
        await using var db = app.Database.CreateContext();
        var plan = await db.Plans.SingleAsync(p => p.Id == planId);
        change(plan, await db.CountyPolicies.FirstAsync(), app.Clock.GetUtcNow());
        await db.SaveChangesAsync();
    }

    private static async Task ScanOnAsync(SipWebFactory app, DateOnly day)
    {
        app.Clock.Advance(SwedishTime.FromLocal(day.ToDateTime(new TimeOnly(7, 0))) - app.Clock.GetUtcNow());
        await Scenarios.ScanDeadlinesAsync(app);
    }

    private static async Task<List<(int Step, Guid Unit)>> RemindersAsync(SipWebFactory app, Guid planId)
    {
        await using var db = app.Database.CreateContext();
        var rows = await db.Outbox.Where(m => m.PlanId == planId && m.Deadline == DeadlineKind.CostAllocationNotSettled)
            .Select(m => new { m.Step, m.RecipientId }).ToListAsync();
        return [.. rows.Select(r => (Step: r.Step!.Value, r.RecipientId)).OrderBy(r => r.Step)
            .ThenBy(r => r.RecipientId == DemoDirectory.VuxenenhetenOstersund ? 0 : 1)];
    }
}
