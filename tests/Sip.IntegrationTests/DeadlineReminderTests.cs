using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sip.Application.Features;
using Sip.Application.Features.Inbox;
using Sip.Application.Features.Plans;
using Sip.Domain.Plans;
using Sip.Infrastructure.Notifications;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Walks the clock past a kallelse's deadline: one reminder per step to the summoned unit, the last
/// step escalated to the initiating unit, the clinic's manager and the area's SIP-stödjare too,
/// nothing twice however often the scan runs, and nothing once the unit has answered. Each sees
/// the reminder in the app until it is answered. Moves its app's clock, so it has an app of its own.
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
        await Scenarios.ScanDeadlinesAsync(app);
        Assert.Empty(await RemindersAsync(app, planId));

        // Tuesday 1 December: the first working day after the deadline.
        app.Clock.Advance(TimeSpan.FromDays(8));
        await Scenarios.ScanDeadlinesAsync(app);
        await Scenarios.ScanDeadlinesAsync(app);
        Assert.Equal([(0, DemoDirectory.BeroendemottagningenOstersund)], await RemindersAsync(app, planId));
        var first = Assert.Single(await InAppAsync(app, DemoDirectory.Nurse), r => r.PlanId == planId);
        Assert.Equal((DeadlineKind.InvitationUnanswered, 0, false, new DateOnly(2026, 11, 30), true),
            (first.Kind, first.Step, first.IsEscalation, first.Deadline, first.MayOpenPlan));

        // Monday 7 December, five working days after: again to the clinic, escalated to Vuxenenheten,
        // to the clinic's manager and to the SIP-stödjare of Östersund, where the plan started.
        // Vuxenenheten's own manager is not told: the clinic owes the answer.
        app.Clock.Advance(TimeSpan.FromDays(6));
        await Task.WhenAll(Scenarios.ScanDeadlinesAsync(app), Scenarios.ScanDeadlinesAsync(app));
        Assert.Equal(
            [(0, DemoDirectory.BeroendemottagningenOstersund), (1, DemoDirectory.VuxenenhetenOstersund),
                (1, DemoDirectory.BeroendemottagningenOstersund), (1, DemoDirectory.SipSupport),
                (1, DemoDirectory.DependenceClinicManager)],
            (await RemindersAsync(app, planId)).Order().ToList());

        var escalated = Assert.Single(await InAppAsync(app, DemoDirectory.DependenceClinicManager), r => r.PlanId == planId);
        Assert.Equal((1, true, true, "Beroendemottagningen Östersund"),
            (escalated.Step, escalated.IsEscalation, escalated.ToMeByName, escalated.OwingUnits));
        using var support = await app.SignedInAsync(DemoDirectory.SipSupport);
        using var supportAnswer = await support.GetAsync(new Uri("/api/v1/reminders", UriKind.Relative));
        var supportBody = await supportAnswer.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Frist", supportBody, StringComparison.Ordinal);
        Assert.DoesNotContain("197809", supportBody, StringComparison.Ordinal);
        Assert.False(Assert.Single(await InAppAsync(app, DemoDirectory.SipSupport), r => r.PlanId == planId).MayOpenPlan);
        Assert.DoesNotContain(await InAppAsync(app, DemoDirectory.SocialServicesManager), r => r.PlanId == planId && r.ToMeByName);

        // The escalation reaches the manager and the stödjare by e-mail too, with no personal data.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        }

        var reference = await ReferenceAsync(app, planId);
        var mails = Directory.GetFiles(app.MailFolder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
            .Where(m => m.Subject?.StartsWith(reference, StringComparison.Ordinal) == true
                && m.Subject.Contains("(eskalerad)", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["beroende.sip@example.se", "karin.berg@ostersund.example.se", "per.aberg@regionjh.example.se", "vuxenenheten.sip@example.se"],
            mails.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.All(mails, m => Assert.DoesNotContain("Frist", m.TextBody, StringComparison.Ordinal));

        // The clinic answers; the scan finds nothing more to chase on this invitation, and the reminders leave the lists.
        using var nurse = await app.SignedInAsync(DemoDirectory.Nurse);
        var version = (await nurse.GetFromJsonAsync<PlanDetail>(new Uri($"/api/v1/plans/{planId}", UriKind.Relative),
            Json.Options))!.Version;
        using var answered = await nurse.SendAsync(
            new HttpRequestMessage(HttpMethod.Put,
                new Uri($"/api/v1/plans/{planId}/participants/{participantId}/response", UriKind.Relative))
            {
                Content =
                JsonContent.Create(new { expectedVersion = version, accept = true })
            });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(20));
        await Scenarios.ScanDeadlinesAsync(app);
        Assert.Equal(5, (await RemindersAsync(app, planId)).Count);
        Assert.DoesNotContain(await InAppAsync(app, DemoDirectory.Nurse), r => r.PlanId == planId && r.Kind
            == DeadlineKind.InvitationUnanswered);
        Assert.DoesNotContain(await InAppAsync(app, DemoDirectory.DependenceClinicManager), r => r.PlanId == planId && r.Kind
            == DeadlineKind.InvitationUnanswered);
        Assert.DoesNotContain(await InAppAsync(app, DemoDirectory.SipSupport), r => r.PlanId == planId && r.Kind
            == DeadlineKind.InvitationUnanswered);
        Assert.True(app.Clock.GetUtcNow() > start);
    }

    /// <summary>The user's reminder list, signed in afresh: the clock has moved past older sessions.</summary>
    private static async Task<List<ReminderItem>> InAppAsync(SipWebFactory app, Guid userId)
    {
        using var client = await app.SignedInAsync(userId);
        return (await client.GetFromJsonAsync<List<ReminderItem>>(new Uri("/api/v1/reminders", UriKind.Relative), Json.Options))!;
    }

    private static async Task<string> ReferenceAsync(SipWebFactory app, Guid planId)
    {
        await using var db = app.Database.CreateContext();
        return await db.Plans.Where(p => p.Id == planId).Select(p => p.ReferenceNumber).SingleAsync();
    }


    private static async Task<List<(int Step, Guid Unit)>> RemindersAsync(SipWebFactory app, Guid planId)
    {
        await using var db = app.Database.CreateContext();
        var rows = await db.Outbox.Where(m => m.PlanId == planId && m.Kind == NoticeKind.Reminder && m.Deadline
            == DeadlineKind.InvitationUnanswered)
            .Select(m => new { m.Step, m.RecipientId }).ToListAsync();
        return [.. rows.Select(r => (r.Step!.Value, r.RecipientId)).Order()];
    }
}
