using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sip.Domain.Users;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Access follows the directory at once, though a node keeps its users in memory: PostgreSQL tells
/// every node of a change to the users, made through the application or past it, and a node that
/// cannot be told keeps nothing. Deactivates the demo social worker, so it has an app of its own.
/// </summary>
public sealed class DirectoryUserTests(AppFixture apps) : IClassFixture<AppFixture>
{
    private static readonly Guid Someone = Guid.NewGuid();

    [Theory, PostgresData]
    public async Task A_user_deactivated_past_the_application_is_refused_by_a_node_that_kept_them(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var users = app.Services.GetRequiredService<DirectoryUsers>();
        using var client = app.WithToken(TestTokens.ForUser(DemoDirectory.SocialWorker));

        // The node keeps the user once its listener is told of changes: then a request reads no user.
        await Eventually(async () =>
        {
            using var answered = await client.GetAsync("/api/v1/inbox");
            return answered.StatusCode == HttpStatusCode.OK && await Kept(users, DemoDirectory.SocialWorker);
        }, "the node never kept the user it read", TimeSpan.FromSeconds(15));

        await SetActiveAsync(app, DemoDirectory.SocialWorker, active: false);
        await Eventually(async () =>
        {
            using var refused = await client.GetAsync("/api/v1/inbox");
            return refused.StatusCode == HttpStatusCode.Unauthorized;
        }, "the deactivated user was still let in");

        await SetActiveAsync(app, DemoDirectory.SocialWorker, active: true);
        await Eventually(async () =>
        {
            using var answered = await client.GetAsync("/api/v1/inbox");
            return answered.StatusCode == HttpStatusCode.OK;
        }, "the user active again was still refused");
    }

    [Theory, PostgresData]
    public async Task A_node_whose_listener_is_cut_off_reads_its_users_and_misses_no_change(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var users = app.Services.GetRequiredService<DirectoryUsers>();
        using var client = app.WithToken(TestTokens.ForUser(DemoDirectory.SocialWorker));
        await Eventually(async () =>
        {
            using var answered = await client.GetAsync("/api/v1/inbox");
            return answered.StatusCode == HttpStatusCode.OK && await Kept(users, DemoDirectory.SocialWorker);
        }, "the node never kept the user it read", TimeSpan.FromSeconds(15));

        // The listener's connection ends; the change that follows is told to no one. The node must
        // see it before the listener is back (five seconds on), by reading the user.
        await using (var db = app.Database.CreateContext())
        {
            var cut = await db.Database.SqlQueryRaw<int>(
                "SELECT count(pg_terminate_backend(pid))::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND " +
                "application_name = 'sip-directory-listener'").SingleAsync();
            Assert.Equal(1, cut);
        }

        await SetActiveAsync(app, DemoDirectory.SocialWorker, active: false);
        await Eventually(async () =>
        {
            using var refused = await client.GetAsync("/api/v1/inbox");
            return refused.StatusCode == HttpStatusCode.Unauthorized;
        }, "the deactivated user was let in while no change was told", TimeSpan.FromSeconds(2));

        await SetActiveAsync(app, DemoDirectory.SocialWorker, active: true);
    }

    [Theory, PostgresData]
    public async Task Without_the_trigger_a_node_keeps_no_user(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var users = app.Services.GetRequiredService<DirectoryUsers>();
        using var client = app.WithToken(TestTokens.ForUser(DemoDirectory.SocialWorker));
        await using var db = app.Database.CreateContext();
        await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Users\" DISABLE TRIGGER \"Users_notify_directory\"");
        try
        {
            // The listener starts anew (five seconds after its connection is cut) and finds no trigger.
            await db.Database.ExecuteSqlRawAsync(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = " +
                "'sip-directory-listener'");
            await Task.Delay(TimeSpan.FromSeconds(7));
            for (var request = 0; request < 3; request++)
            {
                using var answered = await client.GetAsync("/api/v1/inbox");
                Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
            }

            Assert.False(await Kept(users, DemoDirectory.SocialWorker));
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Users\" ENABLE TRIGGER \"Users_notify_directory\"");
        }
    }

    [Fact]
    public async Task Nothing_is_kept_until_every_change_will_be_told_nor_after_that_stops()
    {
        var users = new DirectoryUsers();
        var reads = 0;
        async Task<int> ReadsOfTwoRequestsAsync()
        {
            var before = reads;
            for (var request = 0; request < 2; request++)
            {
                await users.ActiveByIdAsync(Someone, () =>
                {
                    reads++;
                    return ValueTask.FromResult<UserAccount?>(User());
                });
            }

            return reads - before;
        }

        Assert.Equal(2, await ReadsOfTwoRequestsAsync());
        users.StartKeeping();
        Assert.Equal(1, await ReadsOfTwoRequestsAsync());
        users.Forget();
        Assert.Equal(1, await ReadsOfTwoRequestsAsync());
        users.StopKeeping();
        Assert.Equal(2, await ReadsOfTwoRequestsAsync());
    }

    [Fact]
    public async Task A_user_read_while_a_change_is_told_is_not_kept()
    {
        var users = new DirectoryUsers();
        users.StartKeeping();
        var slowRead = new TaskCompletionSource<UserAccount?>();
        var reading = users.ActiveByIdAsync(Someone, () => new ValueTask<UserAccount?>(slowRead.Task));

        // The change commits after the read saw the user as it was.
        users.Forget();
        slowRead.SetResult(User());
        Assert.NotNull(await reading);

        var readAgain = false;
        await users.ActiveByIdAsync(Someone, () =>
        {
            readAgain = true;
            return ValueTask.FromResult<UserAccount?>(User());
        });
        Assert.True(readAgain);
    }

    [Fact]
    public async Task An_inactive_user_is_never_kept()
    {
        var users = new DirectoryUsers();
        users.StartKeeping();
        var inactive = User();
        inactive.Change(inactive.DisplayName, null, null, inactive.Role, inactive.UnitIds, null, isActive: false);

        await users.ActiveByIdAsync(Someone, () => ValueTask.FromResult<UserAccount?>(inactive));

        Assert.False(await Kept(users, Someone));
    }

    private static UserAccount User() => new(Someone, "kim", "Kim Testsson", UserRole.SocialWorker, [DemoDirectory.VuxenenhetenOstersund]);

    /// <summary>Whether the user comes from memory: a read from the database would fail.</summary>
    private static async Task<bool> Kept(DirectoryUsers users, Guid id)
    {
        try
        {
            return await users.ActiveByIdAsync(id, () => throw new InvalidOperationException("read")) is not null;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static async Task SetActiveAsync(SipWebFactory app, Guid userId, bool active)
    {
        await using var db = app.Database.CreateContext();
        await db.Database.ExecuteSqlAsync($"UPDATE \"Users\" SET \"IsActive\" = {active} WHERE \"Id\" = {userId}");
    }

    /// <summary>
    /// A notice takes a moment to arrive; five seconds is far more than it needs. A listener that
    /// another test cut off is back within five seconds of it.
    /// </summary>
    private static async Task Eventually(Func<Task<bool>> holds, string otherwise, TimeSpan? within = null)
    {
        var until = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(5));
        while (!await holds())
        {
            Assert.True(DateTime.UtcNow < until, otherwise);
            await Task.Delay(50);
        }
    }
}
