using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
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
/// E-mail over real SMTP to a server in the test process: a refused session is retried after the
/// back-off and the message arrives once; a meeting arrives as a calendar event that the move
/// updates and the cancellation removes. Moves its app's clock, so it has an app of its own.
/// </summary>
public sealed class SmtpDeliveryTests(AppFixture apps) : IClassFixture<AppFixture>
{
    [Theory, SqliteData, PostgresData]
    public async Task Meeting_mail_survives_a_refusing_server_and_the_calendar_event_follows_the_meeting(DatabaseProvider provider)
    {
        var app = await apps.For(provider);
        await using var smtp = new SmtpListener { RefuseSessions = 1 };
        await using var host = app.WithWebHostBuilder(
            b => b.UseSetting("Mail:Smtp:Host", "127.0.0.1")
            .UseSetting("Mail:Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        // Everything already waiting (the demo county's notices) goes first, so the test sees only its own.
        await DispatchAsync(host.Services);
        app.Clock.Advance(OutboxMessage.BackOff(1));
        await DispatchAsync(host.Services);
        smtp.Messages.Clear();
        smtp.RefuseSessions = int.MaxValue;

        using var social = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var (planId, reference, version, _) = await Scenarios.StartWithClinicAsync(social, "Frist Mejlsson");

        // The person wants the meeting times by e-mail.
        var person = (await social.GetFromJsonAsync<PlanDetail>(new Uri($"/api/v1/plans/{planId}", UriKind.Relative),
            Json.Options))!.Participants.Single(p => p.Kind == ParticipantKind.Person);
        using var emailed = await social.SendAsync(
            new HttpRequestMessage(HttpMethod.Put,
                new Uri($"/api/v1/plans/{planId}/participants/{person.Id}/email", UriKind.Relative))
            {
                Content =
                JsonContent.Create(new { expectedVersion = version, email = "frist.mejlsson@example.se" })
            });
        version = (await emailed.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!.Version;
        var startsAt = app.Clock.GetUtcNow().AddDays(10);
        using var booked = await social.PostJsonAsync($"/api/v1/plans/{planId}/meetings",
            new { expectedVersion = version, startsAt, durationMinutes = 90, location = "Rådhuset, rum 3" });
        var meetingId = (await booked.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!.CreatedId!.Value;

        // The server refuses: nothing is lost, nothing arrives yet.
        await DispatchAsync(host.Services);
        Assert.Empty(smtp.Messages);
        await using (var db = app.Database.CreateContext())
        {
            Assert.All(await db.Outbox.Where(m => m.PlanId == planId).ToListAsync(),
                m => Assert.Equal((1, (DateTimeOffset?)null), (m.Attempts, m.DeliveredAt)));
        }

        // It comes back; after the back-off every message arrives, once.
        smtp.RefuseSessions = 0;
        app.Clock.Advance(OutboxMessage.BackOff(1));
        await DispatchAsync(host.Services);
        await DispatchAsync(host.Services);
        var mails = Mails(smtp, reference);
        Assert.Equal(mails.Count, mails.Select(m => m.MessageId).Distinct().Count());
        var clinicInvite = Assert.Single(mails, m => m.To.ToString() == "beroende.sip@example.se" && Calendar(m) is not null);
        var ics = Calendar(clinicInvite)!;
        Assert.Contains("METHOD:REQUEST", ics, StringComparison.Ordinal);
        Assert.Contains($"UID:{meetingId:N}@sip", ics, StringComparison.Ordinal);
        Assert.Contains($"DTSTART:{startsAt.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}", ics, StringComparison.Ordinal);
        Assert.Contains($"DTEND:{startsAt.AddMinutes(90).UtcDateTime:yyyyMMdd'T'HHmmss'Z'}", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:0", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("Frist", ics, StringComparison.Ordinal);

        // The person's own invitation has the time, but neither the place (it could tell a reader
        // about their health) nor a link into SIP, where they cannot sign in.
        var personInvite = Assert.Single(mails, m => m.To.ToString() == "frist.mejlsson@example.se");
        var personIcs = Calendar(personInvite)!;
        Assert.Contains($"UID:{meetingId:N}@sip", personIcs, StringComparison.Ordinal);
        Assert.Contains($"DTSTART:{startsAt.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}", personIcs, StringComparison.Ordinal);
        foreach (var withheld in new[] { "LOCATION", "Rådhuset", "/planer/", "Frist", "19780923" })
        {
            Assert.DoesNotContain(withheld, personIcs + personInvite.TextBody + personInvite.Subject, StringComparison.Ordinal);
        }

        // Moved, then cancelled: the same event, a higher sequence, then CANCEL.
        using var social2 = await app.SignedInAsync(DemoDirectory.SocialWorker);
        var current = (await social2.GetFromJsonAsync<PlanDetail>(new Uri($"/api/v1/plans/{planId}", UriKind.Relative),
            Json.Options))!.Version;
        using var moved = await social2.SendAsync(
            new HttpRequestMessage(HttpMethod.Put,
                new Uri($"/api/v1/plans/{planId}/meetings/{meetingId}", UriKind.Relative))
            {
                Content = JsonContent.Create(
                    new
                    {
                        expectedVersion = current,
                        startsAt = startsAt.AddDays(1),
                        durationMinutes = 90,
                        location = "Rådhuset, rum 3"
                    })
            });
        var afterMove = (await moved.Content.ReadFromJsonAsync<PlanChanged>(Json.Options))!.Version;
        using var cancelled = await social2.PostJsonAsync($"/api/v1/plans/{planId}/meetings/{meetingId}/cancellation",
            new { expectedVersion = afterMove, reason = "Personen är sjuk." });
        smtp.Messages.Clear();
        await DispatchAsync(host.Services);

        var toClinic = Mails(smtp, reference).Where(m => m.To.ToString() == "beroende.sip@example.se").Select(Calendar).OfType<string>()
            .ToList();
        Assert.Equal(2, toClinic.Count);
        Assert.All(toClinic, c => Assert.Contains($"UID:{meetingId:N}@sip", c, StringComparison.Ordinal));
        Assert.Contains(toClinic, c => c.Contains("METHOD:CANCEL", StringComparison.Ordinal)
            && c.Contains("STATUS:CANCELLED", StringComparison.Ordinal));
        var toPerson = Mails(smtp, reference).Where(m => m.To.ToString() == "frist.mejlsson@example.se").Select(Calendar).OfType<string>()
            .ToList();
        Assert.Equal(2, toPerson.Count);
        Assert.All(toPerson, c => Assert.Contains($"UID:{meetingId:N}@sip", c, StringComparison.Ordinal));
        Assert.Contains(toPerson, c => c.Contains("METHOD:CANCEL", StringComparison.Ordinal));
    }

    private static List<MimeMessage> Mails(SmtpListener smtp, string reference) =>
        [.. smtp.Messages.Select(raw => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw))))
            .Where(m => m.Subject?.StartsWith(reference, StringComparison.Ordinal) == true)];

    private static string? Calendar(MimeMessage mail) => mail.BodyParts.OfType<TextPart>()
        .FirstOrDefault(p => p.ContentType.IsMimeType("text", "calendar"))?.Text;

    private static async Task DispatchAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
    }
}
