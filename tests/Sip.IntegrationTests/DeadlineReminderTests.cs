using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sip.Application.Features;
using Sip.Application.Features.Plans;
using Sip.Domain.Plans;
using Sip.Infrastructure.Notifications;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Walks the clock past a kallelse's deadline: one reminder per step to the summoned unit, the last
/// step escalated to the initiating unit too, nothing twice however often the scan runs, and
/// nothing once the unit has answered. Moves its app's clock, so it has an app of its own.
/// </summary>
public sealed class DeadlineReminderTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task An_unanswered_summons_is_chased_step_by_step_once_and_not_after_the_answer(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var start = app.Clock.GetUtcNow();
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var (planId, _, _, clinic) = await Scenarios.StartWithClinicAsync(social, "Frist Testsson");
        var participantId = clinic!.Value;

        // Monday 23 November: answer within 5 working days, by Monday 30 November.
        await ScanAsync(app);
        Assert.Empty(await RemindersAsync(app, planId));

        // Tuesday 1 December: the first working day after the deadline.
        app.Clock.Advance(TimeSpan.FromDays(8));
        await ScanAsync(app);
        await ScanAsync(app);
        Assert.Equal([(0, DemoDirectory.BeroendemottagningenOstersund)], await RemindersAsync(app, planId));

        // Monday 7 December, five working days after: again to the clinic, escalated to Vuxenenheten too.
        app.Clock.Advance(TimeSpan.FromDays(6));
        await Task.WhenAll(ScanAsync(app), ScanAsync(app));
        Assert.Equal(
            [(0, DemoDirectory.BeroendemottagningenOstersund), (1, DemoDirectory.VuxenenhetenOstersund), (1, DemoDirectory.BeroendemottagningenOstersund)],
            (await RemindersAsync(app, planId)).Order().ToList());

        // The clinic answers; the scan finds nothing more to chase on this invitation.
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        var version = (await nurse.GetFromJsonAsync<PlanDetail>(new Uri($"/api/v1/plans/{planId}", UriKind.Relative), Json.Options))!.Version;
        using var answered = await nurse.SendAsync(new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/plans/{planId}/participants/{participantId}/response", UriKind.Relative)) { Content = JsonContent.Create(new { expectedVersion = version, accept = true }) });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(20));
        await ScanAsync(app);
        Assert.Equal(3, (await RemindersAsync(app, planId)).Count);
        Assert.True(app.Clock.GetUtcNow() > start);
    }

    private static async Task ScanAsync(SipWebFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DeadlineScanner>().ScanAsync(CancellationToken.None);
    }

    private static async Task<List<(int Step, Guid Unit)>> RemindersAsync(SipWebFactory app, Guid planId)
    {
        await using var db = app.Database.CreateContext();
        var rows = await db.Outbox.Where(m => m.PlanId == planId && m.Kind == NoticeKind.Reminder && m.Deadline == DeadlineKind.InvitationUnanswered)
            .Select(m => new { m.Step, m.RecipientUnitId }).ToListAsync();
        return [.. rows.Select(r => (r.Step!.Value, r.RecipientUnitId)).Order()];
    }
}
