using System.Net.Http.Json;
using Hangfire;
using Hangfire.States;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sip.Application.Features.Plans;
using Sip.Application.Notifications;
using Sip.Domain.Plans;
using Sip.Infrastructure.Notifications;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Sip.IntegrationTests;

/// <summary>
/// Two application hosts, each with its own Hangfire server, on one PostgreSQL database: a burst
/// of passed deadlines scanned by both at once still gives each reminder exactly once. Moves its
/// app's clock, so it has an app of its own.
/// </summary>
public sealed class TwoServersTests(AppFixture apps, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    [Theory, PostgresData]
    public async Task Two_servers_scanning_a_burst_of_deadlines_write_every_reminder_once(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var plans = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            var planId = (await Scenarios.StartWithClinicAsync(social, "Två Servrarsson")).PlanId;
            plans.Add(planId);
        }

        // Past the kallelse deadline and the first reminder step (Tuesday 1 December).
        app.Clock.Advance(TimeSpan.FromDays(8));
        await using var serverA = app.WithWebHostBuilder(b => b.UseSetting("Jobs:Enabled", "true"));
        await using var serverB = app.WithWebHostBuilder(b => b.UseSetting("Jobs:Enabled", "true"));
        var jobs = new List<(IServiceProvider Server, string Id)>();
        foreach (var server in new[] { serverA.Services, serverB.Services, serverA.Services, serverB.Services, serverA.Services,
            serverB.Services })
        {
            jobs.Add((server, server.GetRequiredService<IBackgroundJobClient>()
                .Enqueue<DeadlineScanner>(s => s.ScanAsync(CancellationToken.None))));
        }

        // A scan that fails (a busy database refusing a connection, say) is tried again by
        // Hangfire after 15 to 45 seconds, and exactly once must hold across that retry too: the
        // wait covers one retry, and the story of any scan that needed it is printed.
        var deadline = DateTime.UtcNow.AddSeconds(150);
        while (!jobs.All(j => State(j.Server, j.Id) == SucceededState.StateName))
        {
            Assert.True(DateTime.UtcNow < deadline, "The scans did not finish: "
                + string.Join("; ", jobs.Select(j => Story(j.Server, j.Id))));
            await Task.Delay(250);
        }

        foreach (var story in jobs.Select(j => Story(j.Server, j.Id))
            .Where(s => s.Contains("Failed", StringComparison.Ordinal) || s.Contains("Scheduled", StringComparison.Ordinal)))
        {
            output.WriteLine("A scan was tried again: " + story);
        }

        await using var db = app.Database.CreateContext();
        var reminders = await db.Outbox.Where(m => plans.Contains(m.PlanId) && m.Kind == NoticeKind.Reminder).ToListAsync();
        Assert.Equal(plans.Count, reminders.Count);
        Assert.All(plans, planId =>
            Assert.Single(reminders, r => r.PlanId == planId && r.Deadline == DeadlineKind.InvitationUnanswered && r.Step == 0));
    }

    // Each state the job went through, with the exception of any failure, so that a run that
    // does not finish says why.
    private static string Story(IServiceProvider server, string jobId) =>
        string.Join(" ← ", server.GetRequiredService<JobStorage>().GetMonitoringApi().JobDetails(jobId).History
            .Select(h => h.StateName
                + (h.Data.TryGetValue("ExceptionMessage", out var message)
                    ? $" ({(h.Data.TryGetValue("ExceptionType", out var type) ? type : "")}: {message})" : "")));

    private static string? State(IServiceProvider server, string jobId)
    {
        using var connection = server.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }
}
