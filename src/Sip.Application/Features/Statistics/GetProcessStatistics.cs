using Sip.Application.Features.Areas;
using Sip.Domain.Calendar;
using Sip.Domain.Organizations;

namespace Sip.Application.Features.Statistics;

/// <summary>
/// The process figures of the county agreement's follow-up for an area and a period: plans started, established,
/// closed; days to the first meeting held (rule 21) and to establishment; goals, närstående, follow-ups on time;
/// plans per unit and principal; children in the household and orosanmälan assessments (rules 12c, 24). Numbers only.
/// </summary>
[AllowedRoles(UserRole.SipSupport)]
public sealed record GetProcessStatistics(DateOnly? From, DateOnly? To) : IPeriod, IQuery<ProcessStatistics>;

public sealed record ProcessStatistics(
    DateOnly From,
    DateOnly To,
    int Started,
    int Established,
    int Closed,
    ProcessStatistics.Days ToFirstMeeting,
    ProcessStatistics.Days ToEstablishment,
    int FollowUpsDue,
    int FollowUpsOnTime,
    int WithOwnGoals,
    int WithNextOfKin,
    IReadOnlyList<ProcessStatistics.Breakdown> ByUnit,
    IReadOnlyList<ProcessStatistics.Breakdown> ByOrganization,
    IReadOnlyList<ProcessStatistics.Breakdown> ByPrincipal,
    ProcessStatistics.ChildrenFigures? Children = null)
{
    /// <summary>
    /// Rules 12c and 24, over the plans started in the period: those with children in the household, of them
    /// those whose assessment answers for the version in force or the one being drawn up, and of those the
    /// assessments that led to an orosanmälan. Counts of plans only: no person can be told from them.
    /// </summary>
    public sealed record ChildrenFigures(int Plans, int WithCurrentAssessment, int ReportMade);

    /// <summary>Calendar days over the plans that got that far; null when none did.</summary>
    public sealed record Days(int Plans, double? Median, double? Percentile90);

    public sealed record Breakdown(string Name, int Started);
}

public sealed class GetProcessStatisticsValidator : AbstractValidator<GetProcessStatistics>
{
    public GetProcessStatisticsValidator()
    {
        this.Period();
    }
}

public sealed class GetProcessStatisticsHandler(ISipDbContext db, ICurrentUser user)
    : IQueryHandler<GetProcessStatistics, ProcessStatistics>
{
    public async ValueTask<ProcessStatistics> Handle(GetProcessStatistics query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (first, last) = (query.From!.Value, query.To!.Value);
        var plans = (await AreaPlans.ForAsync(db, user, cancellationToken)).Plans;

        var (from, to) = query.Instants();

        // One pass over the area's plans, by initiating unit, counts what the period saw: a count
        // per figure would find the area again for each.
        var byUnit = await plans
            .GroupBy(p => p.Origin.InitiatingUnitId)
            .Select(g => new
            {
                Unit = g.Key,
                Started = g.Count(p => p.CreatedAt >= from && p.CreatedAt < to),
                Established = g.Count(p => p.FirstEstablishedAt >= from && p.FirstEstablishedAt < to),
                Closed = g.Count(p => p.Status == PlanStatus.Closed && p.ClosedAt >= from && p.ClosedAt < to),
                OwnGoals = g.Count(p => p.CreatedAt >= from && p.CreatedAt < to && p.PersonGoals != null && p.PersonGoals != ""),
                NextOfKin = g.Count(p => p.CreatedAt >= from && p.CreatedAt < to
                    && p.Participants.Any(x => x.Kind == ParticipantKind.NextOfKin && x.State != InvitationState.Declined)),
            })
            .ToListAsync(cancellationToken);

        // Two instants per plan started, never the plan: the percentiles need the values themselves.
        var timings = await plans.Where(p => p.CreatedAt >= from && p.CreatedAt < to)
            .Select(p => new
            {
                p.CreatedAt,
                Meeting = p.Meetings.Where(m => m.Status == MeetingStatus.Held).OrderBy(m => m.StartsAt)
                    .Select(m => (DateTimeOffset?)m.StartsAt).FirstOrDefault(),
                Established = p.FirstEstablishedAt,
            })
            .ToListAsync(cancellationToken);

        // On time is a Swedish date the app tells from the instant, so each follow-up due comes as its two dates.
        var due = await plans
            .SelectMany(p => p.FollowUps.Where(f => f.DueOn >= first && f.DueOn <= last), (p, f) => new { f.DueOn, f.DoneAt })
            .ToListAsync(cancellationToken);
        var onTime = due.Count(f => f.DoneAt is { } doneAt && SwedishTime.Today(doneAt) <= f.DueOn);

        // Rules 12c and 24: the same assessment rule as the audit's, asked of the period's plans.
        var withChildren = plans.Where(p => p.CreatedAt >= from && p.CreatedAt < to && p.Person.ChildrenInHousehold);
        var assessed = await withChildren.Where(SipPlan.ChildrenWithCurrentAssessment)
            .GroupBy(p => p.ReportOfConcernMade == true)
            .Select(g => new { Made = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var children = new ProcessStatistics.ChildrenFigures(
            await withChildren.CountAsync(cancellationToken),
            assessed.Sum(a => a.Count),
            assessed.Where(a => a.Made).Sum(a => a.Count));

        var unitIds = byUnit.Where(u => u.Started > 0).Select(u => u.Unit).ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Join(
                db.Organizations.AsNoTracking(),
                u => u.OrganizationId,
                o => o.Id,
                (u, o) => new { u.Id, u.Name, Organization = o.Name, o.Kind })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        var rows = byUnit.Where(u => u.Started > 0 && units.ContainsKey(u.Unit)).Select(u => (Unit: units[u.Unit], u.Started)).ToList();

        return new ProcessStatistics(
            first,
            last,
            byUnit.Sum(u => u.Started),
            byUnit.Sum(u => u.Established),
            byUnit.Sum(u => u.Closed),
            Spread(timings.Where(t => t.Meeting is not null).Select(t => (t.Meeting!.Value - t.CreatedAt).TotalDays)),
            Spread(timings.Where(t => t.Established is not null).Select(t => (t.Established!.Value - t.CreatedAt).TotalDays)),
            due.Count,
            onTime,
            byUnit.Sum(u => u.OwnGoals),
            byUnit.Sum(u => u.NextOfKin),
            Group(rows.Select(r => (r.Unit.Name, r.Started))),
            Group(rows.Select(r => (r.Unit.Organization, r.Started))),
            Group(rows.Select(r => (
                r.Unit.Kind == OrganizationKind.Region ? "Regionen"
                    : r.Unit.Kind == OrganizationKind.Municipality ? "Kommunen" : "Annan aktör",
                r.Started))),
            children);
    }

    private static IReadOnlyList<ProcessStatistics.Breakdown> Group(IEnumerable<(string Name, int Started)> rows) =>
        [.. rows.GroupBy(r => r.Name).Select(g => new ProcessStatistics.Breakdown(g.Key, g.Sum(r => r.Started)))
            .OrderByDescending(b => b.Started).ThenBy(b => b.Name, StringComparer.Ordinal)];

    /// <summary>Median and 90th percentile by the nearest-rank method, in whole days as a person counts them.</summary>
    private static ProcessStatistics.Days Spread(IEnumerable<double> days)
    {
        var sorted = days.Select(Math.Floor).Order().ToList();
        if (sorted.Count == 0)
        {
            return new(0, null, null);
        }

        double Rank(double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        return new(sorted.Count, median, Rank(0.9));
    }
}
