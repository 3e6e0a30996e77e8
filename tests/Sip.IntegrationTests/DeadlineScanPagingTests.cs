using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sip.Domain.Plans;
using Sip.Infrastructure.Notifications;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// The deadline scan walks the plans a page at a time so that its memory stays flat at national
/// scale. Walked in pages of two plans, it must write exactly the reminders one pass over all plans
/// writes, and nothing on a second walk. Moves its app's clock, so it has an app of its own.
/// </summary>
public sealed class DeadlineScanPagingTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task A_scan_in_pages_writes_what_one_pass_writes_and_each_reminder_once(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        foreach (var person in (string[])["19610412-1238", "19700101-1233", "19881130-1236"])
        {
            await Scenarios.StartWithClinicAsync(social, "Sida Testsson", person);
        }

        // Three weeks on, every kallelse above has passed its deadline, and so have the demo county's.
        app.Clock.Advance(TimeSpan.FromDays(21));
        var (plans, paged) = await ScanAsync(app, plansPerPage: 2);
        Assert.True(plans > 6, $"Only {plans} plans: the walk needs several pages.");
        Assert.True(paged.Count >= 3, $"Only {paged.Count} reminders were written.");
        Assert.Empty((await ScanAsync(app, plansPerPage: 2)).Reminders);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SipDbContext>().Outbox.Where(m => m.Kind == NoticeKind.Reminder).ExecuteDeleteAsync();
        }

        var (_, onePass) = await ScanAsync(app, plansPerPage: int.MaxValue);
        Assert.Equal(onePass.Order(StringComparer.Ordinal), paged.Order(StringComparer.Ordinal));
    }

    /// <summary>Runs one scan and answers the number of plans and the keys of the reminders it wrote.</summary>
    private static async Task<(int Plans, List<string> Reminders)> ScanAsync(SipWebFactory app, int plansPerPage)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SipDbContext>();
        var before = await db.Outbox.Where(m => m.Kind == NoticeKind.Reminder).Select(m => m.Key).ToListAsync();
        var written = await new DeadlineScanner(db, app.Clock) { PlansPerPage = plansPerPage }.ScanAsync(CancellationToken.None);
        var after = await db.Outbox.Where(m => m.Kind == NoticeKind.Reminder).Select(m => m.Key).ToListAsync();
        var fresh = after.Except(before).ToList();
        Assert.Equal(written, fresh.Count);
        return (await db.Plans.CountAsync(), fresh);
    }
}
