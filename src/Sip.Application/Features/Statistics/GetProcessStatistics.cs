using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Application.Features.Audit;
using Sip.Domain.Calendar;
using Sip.Domain.Organizations;
using Sip.Domain.Plans;
using Sip.Domain.Users;

namespace Sip.Application.Features.Statistics;

/// <summary>
/// The process figures the county agreement is followed up with, for a SIP-stödjare's area and a
/// period: plans started, established and closed in it; for those started, days to the first
/// meeting and to establishment (median and 90th percentile), the share with the person's own
/// goals and with närstående taking part; follow-ups due in the period done on time; and the
/// plans started per unit, municipality or region, and principal. Numbers only.
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
    IReadOnlyList<ProcessStatistics.Breakdown> ByPrincipal)
{
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

public sealed class GetProcessStatisticsHandler(ISipDbContext db, ICurrentUser user) : IQueryHandler<GetProcessStatistics, ProcessStatistics>
{
    public async ValueTask<ProcessStatistics> Handle(GetProcessStatistics query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (first, last) = (query.From!.Value, query.To!.Value);
        var plans = (await AreaPlans.ForAsync(db, user, cancellationToken).ConfigureAwait(false)).Plans;

        var (from, to) = query.Instants();
        var started = plans.Where(p => p.CreatedAt >= from && p.CreatedAt < to);

        var startedCount = await started.CountAsync(cancellationToken).ConfigureAwait(false);
        var established = await plans.CountAsync(p => p.Versions.Any(v => v.Number == 1 && v.EstablishedAt >= from && v.EstablishedAt < to), cancellationToken).ConfigureAwait(false);
        var closed = await plans.CountAsync(p => p.Status == PlanStatus.Closed && p.ClosedAt >= from && p.ClosedAt < to, cancellationToken).ConfigureAwait(false);
        var ownGoals = await started.CountAsync(p => p.PersonGoals != null && p.PersonGoals != "", cancellationToken).ConfigureAwait(false);
        var nextOfKin = await started.CountAsync(p => p.Participants.Any(x => x.Kind == ParticipantKind.NextOfKin && x.State != InvitationState.Declined), cancellationToken).ConfigureAwait(false);

        // Two instants per plan, never the plan: the percentiles need the values themselves.
        var timings = await started
            .Select(p => new
            {
                p.CreatedAt,
                Meeting = p.Meetings.Where(m => m.Status != MeetingStatus.Cancelled).OrderBy(m => m.StartsAt).Select(m => (DateTimeOffset?)m.StartsAt).FirstOrDefault(),
                Established = p.Versions.Where(v => v.Number == 1).Select(v => (DateTimeOffset?)v.EstablishedAt).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var due = plans.SelectMany(p => p.FollowUps).Where(f => f.DueOn >= first && f.DueOn <= last);
        var followUpsDue = await due.CountAsync(cancellationToken).ConfigureAwait(false);
        var doneDates = await due.Where(f => f.DoneAt != null).Select(f => new { f.DueOn, f.DoneAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var onTime = doneDates.Count(f => SwedishTime.Today(f.DoneAt!.Value) <= f.DueOn);

        var byUnit = await started.GroupBy(p => p.Origin.InitiatingUnitId).Select(g => new { Id = g.Key, Started = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var unitIds = byUnit.Select(u => u.Id).ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Join(db.Organizations.AsNoTracking(), u => u.OrganizationId, o => o.Id, (u, o) => new { u.Id, u.Name, Organization = o.Name, o.Kind })
            .ToDictionaryAsync(u => u.Id, cancellationToken).ConfigureAwait(false);
        var rows = byUnit.Where(u => units.ContainsKey(u.Id)).Select(u => (Unit: units[u.Id], u.Started)).ToList();

        return new ProcessStatistics(
            first,
            last,
            startedCount,
            established,
            closed,
            Spread(timings.Where(t => t.Meeting is not null).Select(t => (t.Meeting!.Value - t.CreatedAt).TotalDays)),
            Spread(timings.Where(t => t.Established is not null).Select(t => (t.Established!.Value - t.CreatedAt).TotalDays)),
            followUpsDue,
            onTime,
            ownGoals,
            nextOfKin,
            Group(rows.Select(r => (r.Unit.Name, r.Started))),
            Group(rows.Select(r => (r.Unit.Organization, r.Started))),
            Group(rows.Select(r => (r.Unit.Kind == OrganizationKind.Region ? "Regionen" : r.Unit.Kind == OrganizationKind.Municipality ? "Kommunen" : "Annan aktör", r.Started))));
    }

    private static IReadOnlyList<ProcessStatistics.Breakdown> Group(IEnumerable<(string Name, int Started)> rows) =>
        [.. rows.GroupBy(r => r.Name).Select(g => new ProcessStatistics.Breakdown(g.Key, g.Sum(r => r.Started))).OrderByDescending(b => b.Started).ThenBy(b => b.Name, StringComparer.Ordinal)];

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
