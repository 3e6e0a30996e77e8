using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Sip.Domain.Calendar;
using Sip.Domain.Organizations;

namespace Sip.Application.Notifications;

/// <summary>
/// A deadline that has passed and the unit that owes it. <see cref="Coordinator"/> is the unit
/// that holds the plan together (overall responsibility, else the initiator): it hears of an
/// escalation too.
/// </summary>
public sealed record OverdueDeadline(
    DeadlineKind Kind, Guid PlanId, string ReferenceNumber, Guid SubjectId, Guid OwingUnitId, Guid Coordinator,
    Guid InitiatingOrganizationId, DateOnly Deadline);

/// <summary>How many deadlines of a kind passed on a day.</summary>
public sealed record OverdueTally(DeadlineKind Kind, DateOnly Deadline, int Count);

/// <summary>
/// Every kind of passed deadline, asked of the database in one query per kind. The scanner writes
/// reminders from it, and the reminder list uses it to show only what is still undone, so the two
/// can never disagree on what "overdue" means. The audit counts them by the same rules.
/// </summary>
public static partial class OverdueDeadlines
{
    /// <summary>A draft nobody touched for this long is chased.</summary>
    public static readonly TimeSpan DraftLeftAlone = TimeSpan.FromDays(14);

    /// <summary>The passed deadlines among <paramref name="plans"/> (all plans when null) that are open.</summary>
    public static async Task<List<OverdueDeadline>> FindAsync(
        ISipDbContext db, IQueryable<SipPlan>? plans, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = new List<OverdueDeadline>();
        await foreach (var item in StreamAsync(db, plans, now, cancellationToken))
        {
            found.Add(item);
        }

        return found;
    }

    /// <summary>
    /// The same, as a stream, one kind after the other as the database sends it: the nightly scan
    /// writes as it goes and never holds the whole country's passed deadlines at once.
    /// </summary>
    public static async IAsyncEnumerable<OverdueDeadline> StreamAsync(
        ISipDbContext db, IQueryable<SipPlan>? plans, DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (dated, drafts) = Rules(plans ?? db.Plans, plans ?? db.Plans, db.Units, now);
        foreach (var kind in dated.Append(drafts))
        {
            await foreach (var o in kind.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                yield return new OverdueDeadline(
                    o.Kind, o.PlanId, o.ReferenceNumber, o.SubjectId, o.OwingUnitId, o.Coordinator, o.InitiatingOrganizationId,
                    o.Deadline ?? DraftDeadline(o.TouchedAt!.Value));
            }
        }
    }

    /// <summary>
    /// The passed deadlines of the open plans, but the untouched drafts, counted by kind and day in one query.
    /// <paramref name="planIds"/> are the same plans' ids, hashed once by the database rather than met row by row.
    /// </summary>
    public static async Task<List<OverdueTally>> TallyAsync(
        ISipDbContext db, IQueryable<SipPlan> plans, IQueryable<Guid> planIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (dated, _) = Rules(plans, db.Plans.Where(p => planIds.Contains(p.Id)), db.Units, now);
        return await dated
            .Select(kind => kind.Select(o => new Owed { Kind = o.Kind, Deadline = o.Deadline }))
            .Aggregate(Queryable.Concat)
            .GroupBy(o => new { o.Kind, o.Deadline })
            .Select(g => new OverdueTally(g.Key.Kind, g.Key.Deadline!.Value, g.Count()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The drafts left alone long enough to be chased, their deadline in [<paramref name="dueFrom"/>,
    /// <paramref name="dueBefore"/>) when given: the Swedish days become instants, which the database can compare.
    /// </summary>
    public static Expression<Func<SipPlan, bool>> DraftsUntouched(
        DateTimeOffset now, DateOnly? dueFrom = null, DateOnly? dueBefore = null)
    {
        var touchedBefore = now - DraftLeftAlone;
        if (dueBefore is { } before && TouchedBefore(before) < touchedBefore)
        {
            touchedBefore = TouchedBefore(before);
        }

        if (dueFrom is { } from)
        {
            var touchedFrom = TouchedBefore(from);
            return p => p.Status == PlanStatus.Draft && p.UpdatedAt < touchedBefore && p.UpdatedAt >= touchedFrom;
        }

        return p => p.Status == PlanStatus.Draft && p.UpdatedAt < touchedBefore;
    }

    private static DateOnly DraftDeadline(DateTimeOffset touchedAt) => SwedishTime.Today(touchedAt + DraftLeftAlone);

    /// <summary>A draft last touched before this instant has its deadline before <paramref name="day"/>.</summary>
    private static DateTimeOffset TouchedBefore(DateOnly day) =>
        SwedishTime.FromLocal(day.ToDateTime(TimeOnly.MinValue)).ToUniversalTime() - DraftLeftAlone;
}
