using Microsoft.EntityFrameworkCore;
using Sip.Application.Notifications;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;
using Sip.Domain.Users;
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
    /// <summary>Writes the reminders due now; answers how many were new.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = SwedishTime.Today(now);
        var policy = await db.CountyPolicies.AsNoTracking().OrderBy(p => p.Name).FirstAsync(cancellationToken).ConfigureAwait(false);
        var overdue = await OverdueDeadlines.FindAsync(db, null, now, cancellationToken).ConfigureAwait(false);
        var escalateTo = await EscalationContacts.LoadAsync(db, cancellationToken).ConfigureAwait(false);

        var reminders = new List<OutboxMessage>();
        foreach (var item in overdue)
        {
            foreach (var step in policy.RemindersDue(item.Deadline, today))
            {
                var escalation = policy.IsEscalation(step);
                OutboxMessage To(NoticeRecipient recipient, Guid id) => OutboxMessage.Reminder(item.Kind, item.Deadline, item.PlanId, recipient, id, item.SubjectId, step, escalation, now);
                reminders.Add(To(NoticeRecipient.Unit, item.OwingUnitId));
                if (!escalation)
                {
                    continue;
                }

                if (item.Coordinator != item.OwingUnitId)
                {
                    reminders.Add(To(NoticeRecipient.Unit, item.Coordinator));
                }

                reminders.AddRange(escalateTo.For(item).Select(user => To(NoticeRecipient.User, user)));
            }
        }

        // One recipient may be reached twice for one step (e.g. a manager of both units); the key keeps one.
        return await StoreNewAsync([.. reminders.DistinctBy(r => r.Key)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores the reminders not yet stored, a batch in one round trip. Another server may store
    /// some of the same ones at the same moment; then the unique key refuses the whole batch, and
    /// that batch is stored one by one so that exactly one scan wins each reminder.
    /// </summary>
    private async Task<int> StoreNewAsync(List<OutboxMessage> reminders, CancellationToken cancellationToken)
    {
        var stored = 0;

        // In the order of their keys, so that two scans writing the same reminders take the key
        // locks in the same order: the second waits for the first and is refused, never deadlocked.
        foreach (var batch in reminders.OrderBy(r => r.Key, StringComparer.Ordinal).Chunk(500))
        {
            var keys = batch.Select(r => r.Key).ToList();
            var existing = (await db.Outbox.AsNoTracking().Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
            var fresh = batch.Where(r => !existing.Contains(r.Key)).ToList();
            db.Outbox.AddRange(fresh);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                stored += fresh.Count;
            }
            catch (Exception refused) when (refused is DbUpdateException || refused.InnerException is DbUpdateException)
            {
                // A duplicate key, or (should the order not hold) a deadlock with the other scan,
                // which the provider reports as a transient failure: the batch was rolled back whole.
                fresh.ForEach(r => db.Entry(r).State = EntityState.Detached);
                stored += await StoreOneByOneAsync(fresh, cancellationToken).ConfigureAwait(false);
            }

            // The reminders are written; tracking them would only hold them in memory.
            db.ChangeTracker.Clear();
        }

        return stored;
    }

    private async Task<int> StoreOneByOneAsync(List<OutboxMessage> reminders, CancellationToken cancellationToken)
    {
        var stored = 0;
        foreach (var reminder in reminders)
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

        return stored;
    }

    /// <summary>
    /// The people an escalation reaches besides the units: the managers of the unit that owes the
    /// item, and the SIP-stödjare who follow up the owing unit's organisation or the initiating one.
    /// The directory is small beside the plans, so it is read once per scan.
    /// </summary>
    private sealed class EscalationContacts
    {
        private readonly ILookup<Guid, Guid> _managersByUnit;
        private readonly ILookup<Guid, Guid> _supportByOrganization;
        private readonly Dictionary<Guid, Guid> _organizationOfUnit;

        private EscalationContacts(ILookup<Guid, Guid> managersByUnit, ILookup<Guid, Guid> supportByOrganization, Dictionary<Guid, Guid> organizationOfUnit)
        {
            _managersByUnit = managersByUnit;
            _supportByOrganization = supportByOrganization;
            _organizationOfUnit = organizationOfUnit;
        }

        public static async Task<EscalationContacts> LoadAsync(SipDbContext db, CancellationToken cancellationToken)
        {
            var people = await db.Users.AsNoTracking().Where(u => u.IsActive && (u.IsManager || u.Role == UserRole.SipSupport)).ToListAsync(cancellationToken).ConfigureAwait(false);
            var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.OrganizationId, cancellationToken).ConfigureAwait(false);
            return new EscalationContacts(
                people.Where(u => u.IsManager).SelectMany(u => u.UnitIds, (u, unit) => (unit, u.Id)).ToLookup(x => x.unit, x => x.Id),
                people.Where(u => u is { Role: UserRole.SipSupport, AreaOrganizationId: not null }).ToLookup(u => u.AreaOrganizationId!.Value, u => u.Id),
                units);
        }

        public IEnumerable<Guid> For(OverdueDeadline item)
        {
            var organizations = new HashSet<Guid> { item.InitiatingOrganizationId };
            if (_organizationOfUnit.TryGetValue(item.OwingUnitId, out var owner))
            {
                organizations.Add(owner);
            }

            return _managersByUnit[item.OwingUnitId].Concat(organizations.SelectMany(o => _supportByOrganization[o])).Distinct();
        }
    }
}
