using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Domain.Plans;

namespace Sip.Application.Features.Inbox;

/// <summary>
/// One thing waiting for a unit, as the inbox counts it: an invitation to answer, an insats to
/// accept, a first meeting or a follow-up to hold, each only while the unit may see its plan.
/// Kept by <see cref="InboxEntries.RefreshAsync"/> in the transaction of every change to a plan,
/// so that the inbox counts a unit's items by reading its own rows rather than testing the access
/// rule on every one of them (a clinic has thousands). Holds no personal data: keys and a date.
/// </summary>
public sealed class InboxEntry
{
    public Guid PlanId { get; init; }

    /// <summary>The participant, insats or follow-up; the plan itself for a first meeting.</summary>
    public Guid ItemId { get; init; }

    public Guid UnitId { get; init; }

    public InboxItemKind Kind { get; init; }

    /// <summary>The answer date, or the deadline; the inbox counts a first meeting or a follow-up only within its horizon.</summary>
    public DateOnly? DueOn { get; init; }
}

/// <summary>
/// Keeps <see cref="InboxEntry"/> equal to what the inbox would find by asking the plans
/// (InboxCountsAgreementTests prove it on both providers, after changes of every kind).
/// </summary>
public static class InboxEntries
{
    /// <summary>How many plans <see cref="RepairAsync"/> compares at a time.</summary>
    private const int Batch = 2000;

    /// <summary>
    /// Writes the plans' entries anew from what is stored now. The caller holds a transaction in
    /// which the plans' rows are already written or locked (<see cref="RepairAsync"/> locks them), so
    /// that two refreshes of one plan run one after the other and the later sees the earlier's entries.
    /// </summary>
    public static async Task RefreshAsync(ISipDbContext db, IReadOnlyCollection<Guid> planIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(planIds);
        var ids = planIds.ToList();
        await db.InboxEntries.Where(e => ids.Contains(e.PlanId)).ExecuteDeleteAsync(cancellationToken);
        var entries = await Of(db, db.Plans.Where(p => ids.Contains(p.Id))).ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return;
        }

        db.InboxEntries.AddRange(entries);

        // A failure here fails the caller's whole transaction, so the savepoint EF Core sets around a
        // save inside a transaction would be two round trips for nothing on every change to a plan.
        var savepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;
        }

        foreach (var written in db.ChangeTracker.Entries<InboxEntry>().ToList())
        {
            written.State = EntityState.Detached;
        }
    }

    /// <summary>
    /// Compares every plan's entries with what its plans say, a batch of plans at a time, and writes
    /// anew those of the plans that differ, locking them first: after the migration that brought the
    /// entries in, and each night, for a plan written by a release that did not keep them (during a
    /// rolling upgrade) or by hand. Users may work meanwhile. Answers how many plans it repaired.
    /// </summary>
    public static async Task<int> RepairAsync(ISipDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var after = Guid.Empty;
        var repaired = 0;
        while (true)
        {
            var from = after;
            // The open plans, and those with entries left over: a closed plan's go with the repair.
            var batch = await db.Plans.AsNoTracking()
                .Where(p => p.Id.CompareTo(from) > 0)
                .Where(p => (p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled) || db.InboxEntries.Any(e => e.PlanId == p.Id))
                .OrderBy(p => p.Id).Select(p => p.Id).Take(Batch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return repaired;
            }

            var expected = await Of(db, db.Plans.Where(p => batch.Contains(p.Id))).ToListAsync(cancellationToken);
            var stored = await db.InboxEntries.AsNoTracking().Where(e => batch.Contains(e.PlanId)).ToListAsync(cancellationToken);
            var differing = expected.Select(Key).ToHashSet();
            differing.SymmetricExceptWith(stored.Select(Key));
            var plans = differing.Select(k => k.PlanId).Distinct().ToList();
            if (plans.Count > 0)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                // A write to each plan's row, which waits for a change under way and holds off the next.
                await db.Plans.Where(p => plans.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version), cancellationToken);
                await RefreshAsync(db, plans, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                repaired += plans.Count;
            }

            after = batch[^1];
        }

        static (Guid PlanId, Guid ItemId, Guid UnitId, InboxItemKind Kind, DateOnly? DueOn) Key(InboxEntry r) => (r.PlanId, r.ItemId, r.UnitId, r.Kind, r.DueOn);
    }

    /// <summary>
    /// The items of these plans that wait for a unit, each tested by the access rule of
    /// <c>VisiblePlans</c> for its own unit: the initiating unit, or a unit taking part (not
    /// declined) whose organisation the active consent covers. The kinds and their conditions are
    /// those of <see cref="GetUnitInboxHandler"/>, but for dates: an entry keeps its date, and the
    /// inbox applies its horizon when it counts.
    /// </summary>
    private static IQueryable<InboxEntry> Of(ISipDbContext db, IQueryable<SipPlan> plans)
    {
        var open = plans.Where(p => p.Status != PlanStatus.Closed && p.Status != PlanStatus.Cancelled);
        var invitations = open
            .SelectMany(p => p.Participants, (p, x) => new Candidate { Plan = p, UnitId = x.UnitId!.Value, ItemId = x.Id, Kind = InboxItemKind.InvitationToAnswer, DueOn = x.RespondBy, Waits = x.State == InvitationState.Invited && x.UnitId != null });
        var toAccept = open
            .SelectMany(p => p.Actions, (p, a) => new Candidate { Plan = p, UnitId = a.OwningUnitId, ItemId = a.Id, Kind = InboxItemKind.ActionToAccept, DueOn = a.AcceptBy, Waits = a.Status == ActionStatus.Proposed });
        // A first meeting waits until one is held (rule 21): a booking is not yet a meeting, and a
        // kept entry cannot follow the day a booked meeting passes.
        var meetings = open.Where(HeldNotBooked.NoneHeld)
            .Select(p => new Candidate
            {
                Plan = p,
                UnitId = p.Origin.InitiatingUnitId,
                ItemId = p.Id,
                Kind = InboxItemKind.FirstMeetingDue,
                DueOn = p.FirstMeetingDueOn,
                Waits = p.Status == PlanStatus.Draft || p.Status == PlanStatus.Invited
            });
        var followUps = open
            .SelectMany(p => p.FollowUps, (p, f) => new Candidate { Plan = p, UnitId = p.OverallResponsibleUnitId!.Value, ItemId = f.Id, Kind = InboxItemKind.FollowUpDue, DueOn = f.DueOn, Waits = f.DoneAt == null && p.OverallResponsibleUnitId != null });
        return new[] { invitations, toAccept, meetings, followUps }.Select(kind => Seen(db, kind)).Aggregate((all, next) => all.Concat(next));
    }

    /// <summary>The candidates that wait, where their own unit sees the plan.</summary>
    private static IQueryable<InboxEntry> Seen(ISipDbContext db, IQueryable<Candidate> candidates) => candidates
        .Where(t => t.Waits)
        .Where(t => t.Plan.Origin.InitiatingUnitId == t.UnitId
            || t.Plan.Participants.Any(x => x.UnitId == t.UnitId
                && (x.State == InvitationState.Invited || x.State == InvitationState.Accepted)
                && t.Plan.Consents.Any(c => c.WithdrawnAt == null && c.SupersededAt == null
                    && c.ScopeOrganizationIds.Any(o => db.Units.Any(u => u.Id == t.UnitId && u.OrganizationId == o))
                    && (!c.NarrowedOrganizationIds.Contains(x.OrganizationId!.Value) || c.ScopeUnitIds.Contains(t.UnitId)))))
        .Select(t => new InboxEntry { PlanId = t.Plan.Id, ItemId = t.ItemId, UnitId = t.UnitId, Kind = t.Kind, DueOn = t.DueOn });

    /// <summary>An item of a plan that may wait for a unit; <see cref="Waits"/> is the kind's own condition.</summary>
    private sealed class Candidate
    {
        public required SipPlan Plan { get; init; }

        public Guid UnitId { get; init; }

        public Guid ItemId { get; init; }

        public InboxItemKind Kind { get; init; }

        public DateOnly? DueOn { get; init; }

        public bool Waits { get; init; }
    }
}
