using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Sip.Application.Notifications;
using Sip.Application.Telemetry;
using Sip.Domain.Plans;
using Sip.Domain.Policies;
using Sip.Domain.Users;
using Sip.Infrastructure.Persistence;

namespace Sip.Infrastructure.Notifications;

/// <summary>
/// Delivers due outbox messages. Several servers may run it at once: each message is claimed with
/// a conditional update before it is sent, so only one server sends it; a delivered message is
/// never picked again, and one that fails stays, to be tried again after a back-off.
/// </summary>
public sealed partial class OutboxDispatcher(
    SipDbContext db, IMailDelivery mail, TimeProvider clock, IConfiguration configuration, ILogger<OutboxDispatcher> log)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a sent message waits for the database to come back before its "delivered" mark is
    /// given up. Well inside <see cref="Lease"/>: while the lease holds no other server resends it.
    /// </summary>
    private static readonly TimeSpan[] MarkRetries =
    [
        TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(16),
        TimeSpan.FromSeconds(30),
    ];

    /// <summary>Delivers what is due now; answers how many were delivered.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        using var activity = SipTelemetry.Source.StartActivity("OutboxDispatch");
        var now = clock.GetUtcNow();
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.DeliveredAt == null && m.DueAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.DueAt)
            .Select(m => m.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var id in due)
        {
            var until = now + Lease;
            var claimed = await db.Outbox
                .Where(m => m.Id == id && m.DeliveredAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedUntil, until), cancellationToken);
            if (claimed == 0)
            {
                continue; // another server has it
            }

            if (await DeliverAsync(id, cancellationToken))
            {
                delivered++;
            }
        }

        activity?.SetTag("sip.outbox.delivered", delivered);
        return delivered;
    }

    private async Task<bool> DeliverAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await db.Outbox.SingleAsync(m => m.Id == id, cancellationToken);
        string outcome;
        try
        {
            // A recipient without an address reads the notice in the in-app inbox only.
            if (await ComposeAsync(message, cancellationToken) is { } composed)
            {
                await mail.DeliverAsync(composed, cancellationToken);
                outcome = "sent";
            }
            else
            {
                outcome = "no_address";
            }
        }
        catch (Exception failure) when (failure is IOException or InvalidOperationException or System.Net.Sockets.SocketException
            or TimeoutException or UnauthorizedAccessException
            or MailKit.CommandException or MailKit.ProtocolException or MailKit.Security.AuthenticationException)
        {
            var cause = Cause(failure);
            message.Failed(cause, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            DeliveryFailed(log, message.Key, message.Attempts, cause);
            Counted(message, "failed");
            return false;
        }

        await MarkDeliveredAsync(message, cancellationToken);
        Counted(message, outcome);
        return true;
    }

    /// <summary>
    /// What went wrong, without the mail server's own words: a refusal quotes the recipient's
    /// address ("550 5.1.1 &lt;name@example.se&gt;: Recipient address rejected"), and a person's
    /// address must reach neither the log nor the outbox row, which gallring does not clear.
    /// </summary>
    private static string Cause(Exception failure) => failure switch
    {
        MailKit.Net.Smtp.SmtpCommandException smtp =>
            $"{nameof(MailKit.Net.Smtp.SmtpCommandException)}: {smtp.ErrorCode}, SMTP {(int)smtp.StatusCode}",
        MailKit.Net.Smtp.SmtpProtocolException => nameof(MailKit.Net.Smtp.SmtpProtocolException),
        System.Net.Sockets.SocketException socket => $"{nameof(System.Net.Sockets.SocketException)}: {socket.SocketErrorCode}",
        _ => failure.GetType().Name,
    };

    private static void Counted(OutboxMessage message, string outcome) =>
        SipTelemetry.OutboxMessages.Add(
            1, new KeyValuePair<string, object?>("sip.notice.kind", message.Kind.ToString()),
            new KeyValuePair<string, object?>("sip.notice.recipient", message.Recipient.ToString()),
            new KeyValuePair<string, object?>("sip.outbox.outcome", outcome));

    /// <summary>
    /// The mail is out; now it must be marked, or it is sent again when the lease runs out. If the
    /// database is gone for a moment (a restart, a failover), waiting for it is better than a
    /// second e-mail, so the mark is retried for about a minute.
    /// </summary>
    private async Task MarkDeliveredAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        foreach (var pause in MarkRetries.Append(TimeSpan.Zero))
        {
            try
            {
                await db.Outbox.Where(m => m.Id == message.Id)
                    .ExecuteUpdateAsync(
                        set => set.SetProperty(m => m.DeliveredAt, at)
                            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
                            .SetProperty(m => m.LastError, (string?)null),
                        cancellationToken);
                db.Entry(message).State = EntityState.Detached;
                return;
            }
            catch (Exception failure) when (pause > TimeSpan.Zero && (failure is DbException || failure.InnerException is DbException))
            {
                MarkFailed(log, message.Key, pause.TotalSeconds, failure);
                await Task.Delay(pause, cancellationToken);
            }
        }
    }

    private async Task<NoticeMail?> ComposeAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var baseUrl = new Uri(configuration["App:BaseUrl"] ?? "http://localhost:5000/");
        var reference = await db.Plans.AsNoTracking()
            .Where(p => p.Id == message.PlanId).Select(p => p.ReferenceNumber).SingleAsync(cancellationToken);
        var (address, link) = message.Recipient switch
        {
            NoticeRecipient.Unit => (
                await db.Units.AsNoTracking()
                    .Where(u => u.Id == message.RecipientId).Select(u => u.InvitationMailbox).SingleOrDefaultAsync(cancellationToken),
                new Uri(baseUrl, $"planer/{message.PlanId}")),
            NoticeRecipient.User => await UserAddressAsync(message, baseUrl, cancellationToken),
            _ => (
                await db.Plans.AsNoTracking()
                    .Where(p => p.Id == message.PlanId)
                    .SelectMany(p => p.Participants)
                    .Where(x => x.Id == message.RecipientId)
                    .Select(x => x.Email)
                    .SingleOrDefaultAsync(cancellationToken),
                (Uri?)null),
        };
        if (address is null)
        {
            return null;
        }

        var meeting = message.Kind is NoticeKind.MeetingScheduled or NoticeKind.MeetingMoved or NoticeKind.MeetingCancelled
            ? await db.Plans.AsNoTracking().Where(p => p.Id == message.PlanId).SelectMany(p => p.Meetings).FirstOrDefaultAsync(
                m => m.Id == message.SubjectId, cancellationToken)
            : null;
        var ladder = await LadderAsync(message, cancellationToken);
        var need = message.Recipient == NoticeRecipient.Unit
            && message.Kind is NoticeKind.Invitation or NoticeKind.MeetingScheduled or NoticeKind.MeetingMoved
            ? await db.Plans.AsNoTracking().Where(p => p.Id == message.PlanId).Select(p => p.CommunicationNeed)
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        return NoticeMail.Compose(message, address, reference, link, meeting, ladder, need);
    }

    /// <summary>An unresolved deviation's reminder names its step and the next as the county's ladder does (rule 28).</summary>
    private async Task<(string Step, string? Next)?> LadderAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Kind != NoticeKind.Reminder || message.Deadline != DeadlineKind.DeviationUnresolved)
        {
            return null;
        }

        var level = await db.Plans.AsNoTracking().Where(p => p.Id == message.PlanId).SelectMany(p => p.Deviations)
            .Where(d => d.Id == message.SubjectId).Select(d => (EscalationLevel?)d.Level)
            .FirstOrDefaultAsync(cancellationToken);
        if (level is not { } current)
        {
            return null;
        }

        var policy = await db.CountyPolicies.AsNoTracking().OrderBy(p => p.Name).FirstAsync(cancellationToken);
        var steps = policy.EscalationSteps;
        var step = (int)current;
        return (EscalationLadder.NameOf(steps, step), step + 1 < steps.Count ? steps[step + 1].Name : null);
    }

    /// <summary>A SIP-stödjare follows up without opening plans, so their link is to the area's follow-up.</summary>
    private async Task<(string? Address, Uri? Link)> UserAddressAsync(
        OutboxMessage message, Uri baseUrl, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == message.RecipientId && u.IsActive)
            .Select(u => new { u.Email, u.Role })
            .SingleOrDefaultAsync(cancellationToken);
        return (user?.Email, new Uri(baseUrl, user?.Role == UserRole.SipSupport ? "uppfoljning" : $"planer/{message.PlanId}"));
    }

    [LoggerMessage(
        Level = LogLevel.Warning, Message = "Outbox message {Key} failed (attempt {Attempts}) with {Cause}; it will be tried again.")]
    private static partial void DeliveryFailed(ILogger logger, string key, int attempts, string cause);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Outbox message {Key} was sent but could not be marked delivered; trying again in {Seconds} s.")]
    private static partial void MarkFailed(ILogger logger, string key, double seconds, Exception exception);
}
