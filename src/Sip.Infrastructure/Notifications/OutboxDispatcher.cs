using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;

namespace Sip.Infrastructure.Notifications;

/// <summary>
/// Delivers due outbox messages. Several servers may run it at once: each message is claimed with
/// a conditional update before it is sent, so only one server sends it; a delivered message is
/// never picked again, and one that fails stays, to be tried again after a back-off.
/// </summary>
public sealed partial class OutboxDispatcher(SipDbContext db, IMailDelivery mail, TimeProvider clock, IConfiguration configuration, ILogger<OutboxDispatcher> log)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>Delivers what is due now; answers how many were delivered.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.DeliveredAt == null && m.DueAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.DueAt)
            .Select(m => m.Id)
            .Take(200)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var delivered = 0;
        foreach (var id in due)
        {
            var until = now + Lease;
            var claimed = await db.Outbox
                .Where(m => m.Id == id && m.DeliveredAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedUntil, until), cancellationToken).ConfigureAwait(false);
            if (claimed == 0)
            {
                continue; // another server has it
            }

            if (await DeliverAsync(id, cancellationToken).ConfigureAwait(false))
            {
                delivered++;
            }
        }

        return delivered;
    }

    private async Task<bool> DeliverAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await db.Outbox.SingleAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == message.RecipientUnitId).Select(u => new { u.InvitationMailbox }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var reference = await db.Plans.AsNoTracking().Where(p => p.Id == message.PlanId).Select(p => p.ReferenceNumber).SingleAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A unit without a mailbox reads its notices in the in-app inbox only.
            if (unit?.InvitationMailbox is { } mailbox)
            {
                var address = new Uri(new Uri(configuration["App:BaseUrl"] ?? "http://localhost:5000/"), $"planer/{message.PlanId}");
                var meeting = message.Kind is NoticeKind.MeetingScheduled or NoticeKind.MeetingMoved or NoticeKind.MeetingCancelled
                    ? await db.Plans.AsNoTracking().Where(p => p.Id == message.PlanId).SelectMany(p => p.Meetings).FirstOrDefaultAsync(m => m.Id == message.SubjectId, cancellationToken).ConfigureAwait(false)
                    : null;
                await mail.DeliverAsync(NoticeMail.Compose(message, mailbox, reference, address, meeting), cancellationToken).ConfigureAwait(false);
            }

            message.Delivered(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception failure) when (failure is IOException or InvalidOperationException or System.Net.Sockets.SocketException or TimeoutException or UnauthorizedAccessException
            or MailKit.CommandException or MailKit.ProtocolException or MailKit.Security.AuthenticationException)
        {
            message.Failed(failure.Message, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            DeliveryFailed(log, message.Key, message.Attempts, failure);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Key} failed (attempt {Attempts}); it will be tried again.")]
    private static partial void DeliveryFailed(ILogger logger, string key, int attempts, Exception exception);
}
