using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sip.Application.Features;
using Sip.Application.Features.Plans;
using Sip.Application.Notifications;
using Sip.Domain.Plans;
using Sip.Infrastructure.Notifications;
using Sip.Infrastructure.Persistence;
using Sip.Infrastructure.Seeding;
using Sip.IntegrationTests.Infrastructure;

namespace Sip.IntegrationTests;

/// <summary>
/// Every invitation reaches the unit: the notice is stored with the change that caused it, sent
/// once, kept when sending fails, and never sent twice, however many servers dispatch.
/// </summary>
public sealed class OutboxTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task A_summons_is_stored_with_its_notice_and_a_refused_change_stores_none(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var (planId, _, version, _) = await Scenarios.StartWithConsentAsync(social);

        using var invited = await social.PostJsonAsync($"/api/v1/plans/{planId}/participants",
            new { expectedVersion = version, kind = "PrincipalUnit", unitId = DemoDirectory.BeroendemottagningenOstersund });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        using var stale = await social.PostJsonAsync($"/api/v1/plans/{planId}/participants",
            new { expectedVersion = version, kind = "PrincipalUnit", unitId = DemoDirectory.HalsocentralenOdenslund });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        await using var db = app.Database.CreateContext();
        var notice = Assert.Single(await db.Outbox.Where(m => m.PlanId == planId).ToListAsync());
        Assert.Equal((NoticeKind.Invitation, DemoDirectory.BeroendemottagningenOstersund, (DateTimeOffset?)null),
            (notice.Kind, notice.RecipientId, notice.DeliveredAt));
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_dispatcher_sends_each_notice_once_and_the_mail_names_no_one(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var planId = (await Scenarios.StartWithClinicAsync(social, "Hemlig Hemligsson", "19850314-9828")).PlanId;

        var first = await DispatchAsync(app.Services);
        var second = await DispatchAsync(app.Services);

        Assert.True(first >= 1);
        Assert.Equal(0, second);
        await using var db = app.Database.CreateContext();
        var notice = await db.Outbox.SingleAsync(m => m.PlanId == planId);
        Assert.NotNull(notice.DeliveredAt);
        var reference = await db.Plans.Where(p => p.Id == planId).Select(p => p.ReferenceNumber).SingleAsync();
        var mail = Assert.Single(Directory.GetFiles(app.MailFolder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f)),
            m => m.Subject?.StartsWith(reference, StringComparison.Ordinal) == true);
        Assert.Equal("beroende.sip@example.se", mail.To.ToString());
        Assert.Equal($"{reference}: kallelse till samordnad individuell plan", mail.Subject);
        Assert.Contains($"/planer/{planId}", mail.TextBody, StringComparison.Ordinal);
        foreach (var secret in new[] { "Hemlig", "19850314", "198503149828", "Beroende och behov" })
        {
            Assert.DoesNotContain(secret, mail.TextBody + mail.Subject, StringComparison.Ordinal);
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_failed_delivery_is_kept_tried_again_after_a_back_off_and_then_sent_once(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var mailServer = new MailServer { FailuresLeft = 1 };
        await using var host = WithMail(app, mailServer);
        var key = await AddNoticeAsync(app);

        await DispatchAsync(host.Services);
        await using (var db = app.Database.CreateContext())
        {
            var failed = await db.Outbox.SingleAsync(m => m.Key == key);
            Assert.Equal((1, (DateTimeOffset?)null), (failed.Attempts, failed.DeliveredAt));
            Assert.Equal(app.Clock.GetUtcNow() + OutboxMessage.BackOff(1), failed.DueAt);
        }

        await DispatchAsync(host.Services);
        Assert.False(mailServer.Received.ContainsKey(key));

        app.Clock.Advance(OutboxMessage.BackOff(1));
        await DispatchAsync(host.Services);
        await DispatchAsync(host.Services);

        Assert.Equal(1, mailServer.Received[key]);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Two_dispatchers_at_once_send_every_notice_exactly_once(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var mailServer = new MailServer();
        await using var serverA = WithMail(app, mailServer);
        await using var serverB = WithMail(app, mailServer);
        var keys = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            keys.Add(await AddNoticeAsync(app));
        }

        await Task.WhenAll(DispatchAsync(serverA.Services), DispatchAsync(serverB.Services), DispatchAsync(serverA.Services),
            DispatchAsync(serverB.Services));

        Assert.All(keys, key => Assert.Equal(1, mailServer.Received.GetValueOrDefault(key)));
    }

    [Theory, PostgresData]
    public async Task The_database_going_away_mid_dispatch_loses_nothing_and_sends_nothing_twice(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        var outage = new DatabaseOutage(app.Database.ConnectionString);
        var mailServer = new MailServer();
        await using var host = WithMail(app, mailServer);
        await DispatchAsync(host.Services);

        // Gone before the dispatcher could claim anything: it fails, nothing is sent, the notice waits.
        var waiting = await AddNoticeAsync(app);
        await outage.BeginAsync(TimeSpan.FromSeconds(2));
        try
        {
            var failure = await Assert.ThrowsAnyAsync<Exception>(() => DispatchAsync(host.Services));
            Assert.True(failure is System.Data.Common.DbException || failure.InnerException is System.Data.Common.DbException,
                failure.ToString());
        }
        finally
        {
            await outage.Over;
        }

        Assert.False(mailServer.Received.ContainsKey(waiting));

        // Gone between sending and marking it delivered: the mark waits for the database to come
        // back instead of leaving the message to be sent again when its claim runs out.
        var sentDuringOutage = await AddNoticeAsync(app);
        mailServer.AfterSending = key => key == sentDuringOutage ? outage.BeginAsync(TimeSpan.FromSeconds(3)) : Task.CompletedTask;
        try
        {
            await DispatchAsync(host.Services);
        }
        finally
        {
            await outage.Over;
        }

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await DispatchAsync(host.Services);
        Assert.Equal(1, mailServer.Received[waiting]);
        Assert.Equal(1, mailServer.Received[sentDuringOutage]);
        await using var db = app.Database.CreateContext();
        Assert.All(await db.Outbox.Where(m => m.Key == waiting || m.Key == sentDuringOutage).ToListAsync(),
            m => Assert.NotNull(m.DeliveredAt));
    }

    [Theory, SqliteData]
    public async Task The_job_dashboard_is_for_administrators_only(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        await using var withJobs = app.WithWebHostBuilder(b => b.UseSetting("Jobs:Enabled", "true"));

        using var admin = await SignInAsync(withJobs, DemoDirectory.Administrator);
        using var nurse = await SignInAsync(withJobs, DemoDirectory.Nurse);
        using var anonymous = withJobs.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/hangfire", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nurse.GetAsync(new Uri("/hangfire", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/hangfire", UriKind.Relative))).StatusCode);
    }

    /// <summary>A mail server in the test: counts what it receives, and refuses while told to.</summary>
    private sealed class MailServer : IMailDelivery
    {
        public int FailuresLeft { get; set; }

        public ConcurrentDictionary<string, int> Received { get; } = new();

        /// <summary>Runs once a message is received, with its outbox key.</summary>
        public Func<string, Task> AfterSending { get; set; } = _ => Task.CompletedTask;

        public async Task DeliverAsync(NoticeMail mail, CancellationToken cancellationToken)
        {
            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new IOException("421 Tjänsten är inte tillgänglig just nu.");
            }

            // The key is in the message id.
            var key = mail.MessageId.Trim('<', '>').Replace("@sip", string.Empty, StringComparison.Ordinal).Replace('.', ':');
            Received.AddOrUpdate(key, 1, (_, n) => n + 1);
            await AfterSending(key);
        }
    }

    private static WebApplicationFactory<Program> WithMail(SipWebFactory app, MailServer server) =>
        app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IMailDelivery>(server)));

    private static async Task<int> DispatchAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
    }

    /// <summary>A notice on a seeded plan to a unit with a mailbox, as a change would store it.</summary>
    private static async Task<string> AddNoticeAsync(SipWebFactory app)
    {
        await using var db = app.Database.CreateContext();
        var planId = await db.Plans.Where(p => p.ReferenceNumber == "SIP-2026-000001").Select(p => p.Id).SingleAsync();
        var message = new OutboxMessage(
            new PlanNotice(NoticeKind.ActionProposed, planId, NoticeRecipient.Unit, DemoDirectory.BeroendemottagningenOstersund,
                Guid.NewGuid(), 1), app.Clock.GetUtcNow());
        db.Outbox.Add(message);
        await db.SaveChangesAsync();
        return message.Key;
    }

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> app, Guid userId)
    {
        var client = app.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = SipWebFactory.Https });
        using var response =
            await Forms.PostAsync(client, "/konto/demo-inloggning", new Dictionary<string, string> { ["userId"] = userId.ToString() });
        return client;
    }
}
