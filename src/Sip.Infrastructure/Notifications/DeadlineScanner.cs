using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sip.Application.Notifications;
using Sip.Application.Telemetry;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;
using Sip.Domain.Policies;
using Sip.Domain.Users;
using Sip.Infrastructure.Persistence;

namespace Sip.Infrastructure.Notifications;

/// <summary>
/// Finds every passed deadline and writes the reminders now due as outbox rows. A reminder's unique key names the deadline,
/// the step and the recipient, so each step reaches each recipient once, however often and on however many servers it runs.
/// </summary>
public sealed class DeadlineScanner(SipDbContext db, TimeProvider clock, IServiceScopeFactory scopes)
{
    private const int BatchSize = 500;

    // COPY pays per round trip, not per row: larger batches, still a few megabytes of memory.
    private const int CopyBatchSize = 5000;

    /// <summary>
    /// Writes the reminders due now; answers how many were new. The deadlines are read as a stream and written a batch at a
    /// time on a second connection, so memory stays flat; on SQLite, which lets no one write during a read, they are read first.
    /// </summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        using var activity = SipTelemetry.Source.StartActivity("DeadlineScan");
        var now = clock.GetUtcNow();
        var today = SwedishTime.Today(now);
        var policy = await db.CountyPolicies.AsNoTracking().OrderBy(p => p.Name).FirstAsync(cancellationToken);
        var escalateTo = await EscalationContacts.LoadAsync(db, cancellationToken);
        var streams = db is not SqliteSipDbContext;
        await using var second = streams ? scopes.CreateAsyncScope() : (AsyncServiceScope?)null;
        var writer = second?.ServiceProvider.GetRequiredService<SipDbContext>() ?? db;

        // One recipient may be reached twice for one step (e.g. a manager of both units); the key keeps one.
        var pending = new Dictionary<string, OutboxMessage>(StringComparer.Ordinal);
        var batchSize = writer is PostgresSipDbContext ? CopyBatchSize : BatchSize;
        var written = 0;
        async Task AddAsync(OverdueDeadline item)
        {
            foreach (var reminder in Reminders(item, policy, escalateTo, today, now))
            {
                pending.TryAdd(reminder.Key, reminder);
            }

            if (pending.Count >= batchSize)
            {
                written += await StoreNewAsync(writer, [.. pending.Values], cancellationToken);
                pending.Clear();
            }
        }

        if (streams)
        {
            await foreach (var item in OverdueDeadlines.StreamAsync(db, null, now, cancellationToken))
            {
                await AddAsync(item);
            }
        }
        else
        {
            foreach (var item in await OverdueDeadlines.FindAsync(db, null, now, cancellationToken))
            {
                await AddAsync(item);
            }
        }

        written += await StoreNewAsync(writer, [.. pending.Values], cancellationToken);
        activity?.SetTag("sip.reminders.written", written);
        return written;
    }

    private static IEnumerable<OutboxMessage> Reminders(
        OverdueDeadline item, CountyPolicy policy, EscalationContacts escalateTo, DateOnly today, DateTimeOffset now)
    {
        foreach (var step in policy.RemindersDue(item.Deadline, today))
        {
            var escalation = policy.IsEscalation(step);
            OutboxMessage To(NoticeRecipient recipient, Guid id) =>
                OutboxMessage.Reminder(item.Kind, item.Deadline, item.PlanId, recipient, id, item.SubjectId, step, escalation, now);
            yield return To(NoticeRecipient.Unit, item.OwingUnitId);
            if (!escalation)
            {
                continue;
            }

            if (item.Coordinator != item.OwingUnitId)
            {
                yield return To(NoticeRecipient.Unit, item.Coordinator);
            }

            foreach (var user in escalateTo.For(item))
            {
                yield return To(NoticeRecipient.User, user);
            }
        }
    }

    /// <summary>
    /// Stores the reminders not yet stored, in one round trip; when another server stored some meanwhile, the unique key
    /// refuses the batch and it is stored one by one. PostgreSQL skips what is stored (<see cref="PostgresReminderCopy"/>).
    /// </summary>
    private static async Task<int> StoreNewAsync(SipDbContext writer, List<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        if (writer is PostgresSipDbContext postgres)
        {
            var stored = await PostgresReminderCopy.StoreNewAsync(postgres, batch, cancellationToken);
            batch.Where(r => stored.Contains(r.Key)).ToList().ForEach(Counted);
            return stored.Count;
        }

        // In the order of their keys, so that two scans writing the same reminders take the key
        // locks in the same order: the second waits for the first and is refused, never deadlocked.
        batch.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key));
        var keys = batch.Select(r => r.Key).ToList();
        var existing = (await writer.Outbox.AsNoTracking()
            .Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync(cancellationToken)).ToHashSet();
        var fresh = batch.Where(r => !existing.Contains(r.Key)).ToList();
        writer.Outbox.AddRange(fresh);
        try
        {
            await writer.SaveChangesAsync(cancellationToken);
            fresh.ForEach(Counted);
            return fresh.Count;
        }
        catch (Exception refused) when (refused is DbUpdateException || refused.InnerException is DbUpdateException)
        {
            // A duplicate key, or (should the order not hold) a deadlock with the other scan,
            // which the provider reports as a transient failure: the batch was rolled back whole.
            fresh.ForEach(r => writer.Entry(r).State = EntityState.Detached);
            return await StoreOneByOneAsync(writer, fresh, cancellationToken);
        }
        finally
        {
            // The reminders are written; tracking them would only hold them in memory.
            writer.ChangeTracker.Clear();
        }
    }

    private static async Task<int> StoreOneByOneAsync(
        SipDbContext writer, List<OutboxMessage> reminders, CancellationToken cancellationToken)
    {
        var stored = 0;
        foreach (var reminder in reminders)
        {
            writer.Outbox.Add(reminder);
            try
            {
                await writer.SaveChangesAsync(cancellationToken);
                Counted(reminder);
                stored++;
            }
            catch (DbUpdateException)
            {
                // Stored by another scan in the meantime: that one counts.
                writer.Entry(reminder).State = EntityState.Detached;
            }
        }

        return stored;
    }

    private static void Counted(OutboxMessage reminder) =>
        SipTelemetry.RemindersWritten.Add(
            1, new KeyValuePair<string, object?>("sip.deadline.kind", reminder.Deadline?.ToString()),
            new KeyValuePair<string, object?>("sip.reminder.escalation", reminder.IsEscalation));

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

        private EscalationContacts(
            ILookup<Guid, Guid> managersByUnit, ILookup<Guid, Guid> supportByOrganization, Dictionary<Guid, Guid> organizationOfUnit)
        {
            _managersByUnit = managersByUnit;
            _supportByOrganization = supportByOrganization;
            _organizationOfUnit = organizationOfUnit;
        }

        public static async Task<EscalationContacts> LoadAsync(SipDbContext db, CancellationToken cancellationToken)
        {
            var people = await db.Users.AsNoTracking()
                .Where(u => u.IsActive && (u.IsManager || u.Role == UserRole.SipSupport)).ToListAsync(cancellationToken);
            var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.OrganizationId, cancellationToken);
            return new EscalationContacts(
                people.Where(u => u.IsManager).SelectMany(u => u.UnitIds, (u, unit) => (unit, u.Id)).ToLookup(x => x.unit, x => x.Id),
                people.Where(u => u is { Role: UserRole.SipSupport, AreaOrganizationId: not null }).ToLookup(
                    u => u.AreaOrganizationId!.Value, u => u.Id),
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
