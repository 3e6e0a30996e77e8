using Mediator;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Application.Notifications;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;
using Sip.Domain.Users;

namespace Sip.Application.Features.Audit;

/// <summary>
/// The SIP-stödjare's audit of the open plans in their area: how many in each status and at each
/// initiating unit, how many with each gap, and the passed deadlines by kind and age. Counts only,
/// made in the database; the drill-down is <see cref="ListAreaPlans"/> with the same finding.
/// </summary>
[AllowedRoles(UserRole.SipSupport)]
public sealed record GetAreaAudit : IQuery<AreaAudit>;

public sealed record AreaAudit(DateOnly Today, IReadOnlyList<AreaAudit.StatusCount> OpenByStatus, IReadOnlyList<AreaAudit.UnitCount> OpenByUnit, IReadOnlyList<AreaAudit.FindingCount> Findings, IReadOnlyList<AreaAudit.OverdueCount> Overdue)
{
    public sealed record StatusCount(PlanStatus Status, int Plans);

    public sealed record UnitCount(Guid UnitId, string UnitName, int Plans);

    public sealed record FindingCount(AuditFinding Finding, int Plans);

    /// <summary>Passed deadlines of one kind by days since the deadline: up to 7, 8–30, over 30.</summary>
    public sealed record OverdueCount(DeadlineKind Kind, int UpToAWeek, int UpToAMonth, int Longer);
}

public sealed class GetAreaAuditHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetAreaAudit, AreaAudit>
{
    public async ValueTask<AreaAudit> Handle(GetAreaAudit query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = SwedishTime.Today(now);
        var plans = await AreaPlans.ForAsync(db, user, cancellationToken).ConfigureAwait(false);
        var open = plans.Open();

        var byStatus = await open.GroupBy(p => p.Status).Select(g => new AreaAudit.StatusCount(g.Key, g.Count())).ToListAsync(cancellationToken).ConfigureAwait(false);
        var byUnit = await open.GroupBy(p => p.Origin.InitiatingUnitId).Select(g => new { Unit = g.Key, Plans = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var unitIds = byUnit.Select(u => u.Unit).ToList();
        var names = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken).ConfigureAwait(false);

        var findings = new List<AreaAudit.FindingCount>();
        foreach (var finding in Enum.GetValues<AuditFinding>())
        {
            findings.Add(new(finding, await plans.With(finding, today).CountAsync(cancellationToken).ConfigureAwait(false)));
        }

        // The passed deadlines come as small projections (kind, date), never as plans.
        var overdue = await OverdueDeadlines.FindAsync(db, plans, now, cancellationToken).ConfigureAwait(false);
        var byKind = overdue
            .GroupBy(o => o.Kind)
            .Select(g => new AreaAudit.OverdueCount(g.Key,
                g.Count(o => today.DayNumber - o.Deadline.DayNumber <= 7),
                g.Count(o => today.DayNumber - o.Deadline.DayNumber is > 7 and <= 30),
                g.Count(o => today.DayNumber - o.Deadline.DayNumber > 30)))
            .OrderBy(o => o.Kind)
            .ToList();

        return new AreaAudit(
            today,
            [.. byStatus.OrderBy(s => s.Status)],
            [.. byUnit.Select(u => new AreaAudit.UnitCount(u.Unit, names.GetValueOrDefault(u.Unit, ""), u.Plans)).OrderByDescending(u => u.Plans).ThenBy(u => u.UnitName, StringComparer.Ordinal)],
            findings,
            byKind);
    }
}
