using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Domain.Calendar;
using Sip.Domain.Plans;
using Sip.Domain.Users;

namespace Sip.Application.Features.Statistics;

/// <summary>
/// The county agreement's follow-up of placements and disagreements for a SIP-stödjare's area and a
/// period: how many placements, how many acute, how many a SIP preceded, how many acute ones had
/// their cost settled in time; how many disagreements, of which kind, how far they went and how long
/// they took. Figures only — counted in the database, never a plan or a person.
/// </summary>
[AllowedRoles(UserRole.SipSupport)]
public sealed record GetPlacementStatistics(DateOnly? From, DateOnly? To) : IPeriod, IQuery<PlacementStatistics>;

/// <summary>
/// <see cref="AcuteSettledInTime"/> is out of <see cref="AcuteDue"/>: acute placements whose
/// deadline has passed or whose cost is settled. Days to resolution are calendar days.
/// </summary>
public sealed record PlacementStatistics(
    DateOnly From,
    DateOnly To,
    int Placements,
    int Acute,
    int PrecededBySip,
    int AcuteDue,
    int AcuteSettledInTime,
    int Disagreements,
    int CostDisagreements,
    int ReachedArena,
    int Resolved,
    double? MedianDaysToResolution);

public sealed class GetPlacementStatisticsValidator : AbstractValidator<GetPlacementStatistics>
{
    public GetPlacementStatisticsValidator()
    {
        this.Period();
    }
}

public sealed class GetPlacementStatisticsHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetPlacementStatistics, PlacementStatistics>
{
    public async ValueTask<PlacementStatistics> Handle(GetPlacementStatistics query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = SwedishTime.Today(clock.GetUtcNow());
        var (first, last) = (query.From!.Value, query.To!.Value);
        var plans = (await Audit.AreaPlans.ForAsync(db, user, cancellationToken).ConfigureAwait(false)).Plans;

        var placed = plans.Where(p => p.Placement != null && p.Placement.DecidedOn >= first && p.Placement.DecidedOn <= last);
        var acute = placed.Where(p => p.Placement!.IsAcute);
        var acuteDue = acute.Where(p => p.Placement!.CostAllocationSettledOn != null || p.Placement.CostAllocationDueOn < today);

        // One query per figure keeps each an index-backed count; a period holds few placements beside all plans.
        var placements = await placed.CountAsync(cancellationToken).ConfigureAwait(false);
        var acuteCount = await acute.CountAsync(cancellationToken).ConfigureAwait(false);
        var precededBySip = await placed.CountAsync(p => p.Placement!.PrecededBySip, cancellationToken).ConfigureAwait(false);
        var dueCount = await acuteDue.CountAsync(cancellationToken).ConfigureAwait(false);
        var inTime = await acuteDue.CountAsync(p => p.Placement!.CostAllocationSettledOn != null && p.Placement.CostAllocationSettledOn <= p.Placement.CostAllocationDueOn, cancellationToken).ConfigureAwait(false);

        var (from, to) = query.Instants();
        var deviations = plans.SelectMany(p => p.Deviations).Where(d => d.RaisedAt >= from && d.RaisedAt < to);
        var disagreements = await deviations.CountAsync(cancellationToken).ConfigureAwait(false);
        var cost = await deviations.CountAsync(d => d.IsCostDispute, cancellationToken).ConfigureAwait(false);
        var arena = await deviations.CountAsync(d => d.Level != EscalationLevel.ManagerDialogue, cancellationToken).ConfigureAwait(false);
        var durations = (await deviations.Where(d => d.ResolvedAt != null).Select(d => new { d.RaisedAt, d.ResolvedAt }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(d => (d.ResolvedAt!.Value - d.RaisedAt).TotalDays).Order().ToList();

        return new PlacementStatistics(first, last, placements, acuteCount, precededBySip, dueCount, inTime, disagreements, cost, arena, durations.Count, Median(durations));
    }

    private static double? Median(List<double> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => Math.Round(sorted[n / 2], 1),
        var n => Math.Round((sorted[(n / 2) - 1] + sorted[n / 2]) / 2, 1),
    };
}
