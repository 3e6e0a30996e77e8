using Sip.Application.Features.Areas;
using Sip.Application.Notifications;
using Sip.Domain.Calendar;

namespace Sip.Application.Features.Audit;

/// <summary>
/// The SIP-stödjare's audit of the open plans in their area: how many in each status and at each
/// initiating unit, how many with each gap, and the passed deadlines by kind and age. Counts only,
/// made in the database; the drill-down is <see cref="ListAreaPlans"/> with the same finding.
/// </summary>
[AllowedRoles(UserRole.SipSupport)]
public sealed record GetAreaAudit : IQuery<AreaAudit>;

public sealed record AreaAudit(
    DateOnly Today,
    IReadOnlyList<AreaAudit.StatusCount> OpenByStatus,
    IReadOnlyList<AreaAudit.UnitCount> OpenByUnit,
    IReadOnlyList<AreaAudit.FindingCount> Findings,
    IReadOnlyList<AreaAudit.OverdueCount> Overdue,
    AreaAudit.ChildrenCount? Children = null)
{
    /// <summary>
    /// Rules 12c and 24: open plans with children in the household, and of them those whose
    /// orosanmälan assessment answers for the version in force or the one being drawn up.
    /// </summary>
    public sealed record ChildrenCount(int Plans, int WithCurrentAssessment);

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
        var area = await AreaPlans.ForAsync(db, user, cancellationToken);

        // One pass over the open plans counts them by status and unit with each gap beside, and the
        // drafts left alone by how long ago their deadline passed, rather than a question per figure
        // that each finds the area again.
        var noOverallResponsible = AuditFindings.Rule(AuditFinding.NoOverallResponsible, today);
        var noConsent = AuditFindings.Rule(AuditFinding.NoConsent, today);
        var noMeeting = AuditFindings.Rule(AuditFinding.NoMeetingWithinPolicy, today);
        var awaitingAcceptance = AuditFindings.Rule(AuditFinding.ActionsAwaitingAcceptance, today);
        var notExecuted = AuditFindings.Rule(AuditFinding.ActionsNotExecuted, today);
        var (weekAgo, monthAgo) = (today.AddDays(-7), today.AddDays(-30));
        var draftsUpToAWeek = OverdueDeadlines.DraftsUntouched(now, dueFrom: weekAgo);
        var draftsUpToAMonth = OverdueDeadlines.DraftsUntouched(now, dueFrom: monthAgo, dueBefore: weekAgo);
        var draftsLonger = OverdueDeadlines.DraftsUntouched(now, dueBefore: monthAgo);
        var groups = await area.Plans.Open()
            .GroupBy(p => new { p.Status, Unit = p.Origin.InitiatingUnitId })
            .Select(g => new
            {
                g.Key.Status,
                g.Key.Unit,
                Plans = g.Count(),
                NoOverallResponsible = g.AsQueryable().Count(noOverallResponsible),
                NoConsent = g.AsQueryable().Count(noConsent),
                NoMeeting = g.AsQueryable().Count(noMeeting),
                AwaitingAcceptance = g.AsQueryable().Count(awaitingAcceptance),
                NotExecuted = g.AsQueryable().Count(notExecuted),
                DraftsUpToAWeek = g.AsQueryable().Count(draftsUpToAWeek),
                DraftsUpToAMonth = g.AsQueryable().Count(draftsUpToAMonth),
                DraftsLonger = g.AsQueryable().Count(draftsLonger),
            })
            .ToListAsync(cancellationToken);
        var unitIds = groups.Select(g => g.Unit).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);

        // The other passed deadlines come counted by kind and day, never as plans.
        var overdue = await OverdueDeadlines.TallyAsync(db, area.Plans, area.PlanIds, now, cancellationToken);
        var drafts = new AreaAudit.OverdueCount(
            DeadlineKind.DraftUntouched,
            groups.Sum(g => g.DraftsUpToAWeek),
            groups.Sum(g => g.DraftsUpToAMonth),
            groups.Sum(g => g.DraftsLonger));
        var byKind = overdue
            .GroupBy(o => o.Kind)
            .Select(g => new AreaAudit.OverdueCount(g.Key,
                g.Where(o => today.DayNumber - o.Deadline.DayNumber <= 7).Sum(o => o.Count),
                g.Where(o => today.DayNumber - o.Deadline.DayNumber is > 7 and <= 30).Sum(o => o.Count),
                g.Where(o => today.DayNumber - o.Deadline.DayNumber > 30).Sum(o => o.Count)))
            .Concat(drafts.UpToAWeek + drafts.UpToAMonth + drafts.Longer > 0 ? [drafts] : [])
            .OrderBy(o => o.Kind)
            .ToList();

        // Two counts over the open plans; the assessment's version is compared in the database.
        var withChildren = await area.Plans.Open().CountAsync(p => p.Person.ChildrenInHousehold, cancellationToken);
        var assessed = await area.Plans.Open().Where(SipPlan.ChildrenWithCurrentAssessment)
            .CountAsync(cancellationToken);

        // Rule 27b asks the placement, an owned type EF cannot read inside the group above.
        var lvmOpen = await area.Plans.With(AuditFinding.LvmChecklistOpen, today).CountAsync(cancellationToken);

        return new AreaAudit(
            today,
            [.. groups.GroupBy(g => g.Status).Select(s => new AreaAudit.StatusCount(s.Key, s.Sum(g => g.Plans))).OrderBy(s => s.Status)],
            [.. groups.GroupBy(g => g.Unit)
                .Select(u => new AreaAudit.UnitCount(u.Key, names.GetValueOrDefault(u.Key, ""), u.Sum(g => g.Plans)))
                .OrderByDescending(u => u.Plans).ThenBy(u => u.UnitName, StringComparer.Ordinal)],
            [
                new(AuditFinding.NoOverallResponsible, groups.Sum(g => g.NoOverallResponsible)),
                new(AuditFinding.NoConsent, groups.Sum(g => g.NoConsent)),
                new(AuditFinding.NoMeetingWithinPolicy, groups.Sum(g => g.NoMeeting)),
                new(AuditFinding.ActionsAwaitingAcceptance, groups.Sum(g => g.AwaitingAcceptance)),
                new(AuditFinding.ActionsNotExecuted, groups.Sum(g => g.NotExecuted)),
                new(AuditFinding.LvmChecklistOpen, lvmOpen),
            ],
            byKind,
            new AreaAudit.ChildrenCount(withChildren, assessed));
    }
}
