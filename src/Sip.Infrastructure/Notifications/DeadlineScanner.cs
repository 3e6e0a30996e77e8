using Microsoft.EntityFrameworkCore;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;
using Sip.Infrastructure.Persistence;

namespace Sip.Infrastructure.Notifications;

/// <summary>
/// Finds every deadline that has passed and writes the reminders now due, as outbox rows. A
/// reminder's key names the deadline, the step and the recipient, and the key is unique, so each
/// step reaches each recipient once — whether the scan runs every minute or on several servers at
/// once — and nothing more is sent once the item is resolved, because it is no longer found.
/// </summary>
public sealed class DeadlineScanner(SipDbContext db, TimeProvider clock)
{
    private static readonly PlanStatus[] NotYetEstablished = [PlanStatus.Draft, PlanStatus.Invited];
    private static readonly TimeSpan DraftLeftAlone = TimeSpan.FromDays(14);

    private sealed record Overdue(DeadlineKind Kind, Guid PlanId, Guid SubjectId, Guid Recipient, Guid Coordinator, DateOnly Deadline);

    /// <summary>Writes the reminders due now; answers how many were new.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = SwedishTime.Today(now);
        var policy = await db.CountyPolicies.AsNoTracking().OrderBy(p => p.Name).FirstAsync(cancellationToken).ConfigureAwait(false);
        var overdue = await FindAsync(today, now, cancellationToken).ConfigureAwait(false);

        var reminders = new List<OutboxMessage>();
        foreach (var item in overdue)
        {
            foreach (var step in policy.RemindersDue(item.Deadline, today))
            {
                var escalation = policy.IsEscalation(step);
                reminders.Add(OutboxMessage.Reminder(item.Kind, item.PlanId, item.Recipient, item.SubjectId, step, escalation, now));
                if (escalation && item.Coordinator != item.Recipient)
                {
                    reminders.Add(OutboxMessage.Reminder(item.Kind, item.PlanId, item.Coordinator, item.SubjectId, step, escalation, now));
                }
            }
        }

        return await StoreNewAsync(reminders, cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<Overdue>> FindAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = db.Plans.AsNoTracking().Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled);
        var found = new List<Overdue>();

        found.AddRange(await open
            .SelectMany(p => p.Participants.Where(x => x.State == InvitationState.Invited && x.UnitId != null && x.RespondBy != null && x.RespondBy < today),
                (p, x) => new Overdue(DeadlineKind.InvitationUnanswered, p.Id, x.Id, x.UnitId!.Value, p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId, x.RespondBy!.Value))
            .ToListAsync(cancellationToken).ConfigureAwait(false));

        found.AddRange(await open
            .SelectMany(p => p.Actions.Where(a => a.Status == ActionStatus.Proposed && a.AcceptBy < today),
                (p, a) => new Overdue(DeadlineKind.ActionUnanswered, p.Id, a.Id, a.OwningUnitId, p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId, a.AcceptBy))
            .ToListAsync(cancellationToken).ConfigureAwait(false));

        found.AddRange(await open
            .Where(p => NotYetEstablished.Contains(p.Status) && p.FirstMeetingDueOn < today && !p.Meetings.Any(m => m.Status != MeetingStatus.Cancelled))
            .Select(p => new Overdue(DeadlineKind.FirstMeetingNotHeld, p.Id, p.Id, p.Origin.InitiatingUnitId, p.Origin.InitiatingUnitId, p.FirstMeetingDueOn))
            .ToListAsync(cancellationToken).ConfigureAwait(false));

        found.AddRange(await open
            .Where(p => p.Status == PlanStatus.Established)
            .SelectMany(p => p.FollowUps.Where(f => f.DoneAt == null && f.DueOn < today),
                (p, f) => new Overdue(DeadlineKind.FollowUpOverdue, p.Id, f.Id, p.OverallResponsibleUnitId ?? p.Origin.InitiatingUnitId, p.Origin.InitiatingUnitId, f.DueOn))
            .ToListAsync(cancellationToken).ConfigureAwait(false));

        found.AddRange(await open
            .Where(p => p.Placement != null && p.Placement.SipMeetingDueOn != null && p.Placement.SipMeetingDueOn < today && !p.Meetings.Any(m => m.Status != MeetingStatus.Cancelled))
            .Select(p => new Overdue(DeadlineKind.PlacementSipNotHeld, p.Id, p.Id, p.Origin.InitiatingUnitId, p.Origin.InitiatingUnitId, p.Placement!.SipMeetingDueOn!.Value))
            .ToListAsync(cancellationToken).ConfigureAwait(false));

        var untouchedSince = now - DraftLeftAlone;
        var drafts = await open
            .Where(p => p.Status == PlanStatus.Draft && p.UpdatedAt < untouchedSince)
            .Select(p => new { p.Id, Unit = p.Origin.InitiatingUnitId, p.UpdatedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        found.AddRange(drafts.Select(d => new Overdue(DeadlineKind.DraftUntouched, d.Id, d.Id, d.Unit, d.Unit, SwedishTime.Today(d.UpdatedAt + DraftLeftAlone))));
        return found;
    }

    /// <summary>
    /// Stores the reminders not yet stored. Another server may store the same ones at the same
    /// moment; the unique key lets exactly one of them win, and the loser skips the duplicate.
    /// </summary>
    private async Task<int> StoreNewAsync(List<OutboxMessage> reminders, CancellationToken cancellationToken)
    {
        var stored = 0;
        foreach (var batch in reminders.Chunk(500))
        {
            var keys = batch.Select(r => r.Key).ToList();
            var existing = (await db.Outbox.AsNoTracking().Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
            foreach (var reminder in batch.Where(r => !existing.Contains(r.Key)))
            {
                db.Outbox.Add(reminder);
                try
                {
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    stored++;
                }
                catch (DbUpdateException)
                {
                    // Stored by another scan in the meantime: that one counts.
                    db.Entry(reminder).State = EntityState.Detached;
                }
            }
        }

        return stored;
    }
}
