using Sip.Application.Features.Areas;
using Sip.Domain.Calendar;

namespace Sip.Application.Features.Statistics;

/// <summary>
/// The county agreement's follow-up of placements and disagreements for an area and a period: placements, acute,
/// preceded by a SIP, cost settled in time, SIP within a week (rules 8 and 21, counted by the day it was held);
/// disagreements by kind, how far they went and how long they took. Figures counted in the database only.
/// </summary>
[AllowedRoles(UserRole.SipSupport)]
public sealed record GetPlacementStatistics(DateOnly? From, DateOnly? To) : IPeriod, IQuery<PlacementStatistics>;

/// <summary>
/// <see cref="AcuteSettledInTime"/> is out of <see cref="AcuteDue"/>, <see cref="SipWithinWeek"/> out of
/// <see cref="WithoutPriorSipDue"/>: only placements whose deadline has passed or was met count. A SIP meeting
/// counts by the day it was held, never by a booking; days to resolution are calendar days.
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
    double? MedianDaysToResolution,
    int WithoutPriorSip = 0,
    int WithoutPriorSipDue = 0,
    int SipWithinWeek = 0,
    PlacementBreakdown? Breakdown = null);

/// <summary>
/// Rule 32 (001: "Placeringar i HVB-hem (volymer, motiv, samt vard och behandlingsinnehall)"): the period's
/// placements by legal basis and by motive. Placements stored before the details were asked for are "not stated".
/// </summary>
public sealed record PlacementBreakdown(
    int Sol = 0,
    int Lvm = 0,
    int Lvu = 0,
    int LvuYoungAdult = 0,
    int BasisNotStated = 0,
    int SubstanceUse = 0,
    int CoOccurringMentalIllness = 0,
    int Gambling = 0,
    int OwnBehaviour = 0,
    int OtherMotive = 0,
    int MotiveNotStated = 0);

public sealed class GetPlacementStatisticsValidator : AbstractValidator<GetPlacementStatistics>
{
    public GetPlacementStatisticsValidator()
    {
        this.Period();
    }
}

public sealed class GetPlacementStatisticsHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetPlacementStatistics, PlacementStatistics>
{
    public async ValueTask<PlacementStatistics> Handle(GetPlacementStatistics query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = SwedishTime.Today(clock.GetUtcNow());
        var (first, last) = (query.From!.Value, query.To!.Value);
        var plans = (await AreaPlans.ForAsync(db, user, cancellationToken)).Plans;

        // The placements are counted by what each figure asks of them, in one pass: EF cannot count
        // on the placement (an owned type) inside a group, but it can group by it, and the handful
        // of combinations add up here.
        var placements = await plans
            .Where(p => p.Placement != null && p.Placement.DecidedOn >= first && p.Placement.DecidedOn <= last)
            .GroupBy(p => new
            {
                p.Placement!.IsAcute,
                p.Placement.PrecededBySip,
                Due = p.Placement.CostAllocationSettledOn != null || p.Placement.CostAllocationDueOn < today,
                InTime = p.Placement.CostAllocationSettledOn != null
                    && p.Placement.CostAllocationSettledOn <= p.Placement.CostAllocationDueOn,
            })
            .Select(g => new { g.Key.IsAcute, g.Key.PrecededBySip, g.Key.Due, g.Key.InTime, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // A placement no SIP preceded has a week for its SIP meeting; met only when one was held in it.
        // Counted by whether the week has passed, all of them and those met: two passes, as the
        // rule reads the placement, which EF cannot do inside a group.
        var withoutSip = plans.Where(p => p.Placement != null && p.Placement.DecidedOn >= first && p.Placement.DecidedOn <= last)
            .Where(p => p.Placement!.SipMeetingDueOn != null);
        var weeks = await ByWeekPassed(withoutSip, today, cancellationToken);
        var met = await ByWeekPassed(withoutSip.Where(HeldNotBooked.PlacementSipMet), today, cancellationToken);

        // Rule 32: by legal basis and by motive, two small groupings counted in the database.
        var inPeriod = plans.Where(p => p.Placement != null && p.Placement.DecidedOn >= first && p.Placement.DecidedOn <= last);
        var bases = await inPeriod.GroupBy(p => p.Placement!.LegalBasis)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var motives = await inPeriod.GroupBy(p => p.Placement!.Motive)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Basis(PlacementLegalBasis? basis) => bases.Where(b => b.Key == basis).Sum(b => b.Count);
        int Motive(PlacementMotive? motive) => motives.Where(m => m.Key == motive).Sum(m => m.Count);
        var breakdown = new PlacementBreakdown(
            Basis(PlacementLegalBasis.Sol),
            Basis(PlacementLegalBasis.Lvm),
            Basis(PlacementLegalBasis.Lvu),
            Basis(PlacementLegalBasis.LvuYoungAdult),
            Basis(null),
            Motive(PlacementMotive.SubstanceUse),
            Motive(PlacementMotive.CoOccurringMentalIllness),
            Motive(PlacementMotive.Gambling),
            Motive(PlacementMotive.OwnBehaviour),
            Motive(PlacementMotive.Other),
            Motive(null));

        // The disagreements in one pass too, and the durations of those resolved for their median.
        var (from, to) = query.Instants();
        var deviations = plans.SelectMany(p => p.Deviations.Where(d => d.RaisedAt >= from && d.RaisedAt < to), (p, d) => d);
        var disagreements = await deviations
            .GroupBy(d => 1)
            .Select(g => new
            {
                Raised = g.Count(),
                Cost = g.Count(d => d.IsCostDispute),
                Arena = g.Count(d => d.Level != EscalationLevel.ManagerDialogue),
            })
            .SingleOrDefaultAsync(cancellationToken);

        var durations = (await deviations.Where(d => d.ResolvedAt != null)
                .Select(d => new { d.RaisedAt, d.ResolvedAt }).ToListAsync(cancellationToken))
            .Select(d => (d.ResolvedAt!.Value - d.RaisedAt).TotalDays).Order().ToList();

        return new PlacementStatistics(
            first,
            last,
            placements.Sum(p => p.Count),
            placements.Where(p => p.IsAcute).Sum(p => p.Count),
            placements.Where(p => p.PrecededBySip).Sum(p => p.Count),
            placements.Where(p => p.IsAcute && p.Due).Sum(p => p.Count),
            placements.Where(p => p.IsAcute && p.InTime).Sum(p => p.Count),
            disagreements?.Raised ?? 0,
            disagreements?.Cost ?? 0,
            disagreements?.Arena ?? 0,
            durations.Count,
            Median(durations),
            weeks.Values.Sum(),
            weeks.GetValueOrDefault(true) + met.GetValueOrDefault(false),
            met.Values.Sum(),
            breakdown);
    }

    private static Task<Dictionary<bool, int>> ByWeekPassed(
        IQueryable<SipPlan> plans, DateOnly today, CancellationToken cancellationToken) =>
        plans.GroupBy(p => p.Placement!.SipMeetingDueOn < today)
            .Select(g => new { Passed = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Passed, g => g.Count, cancellationToken);

    private static double? Median(List<double> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => Math.Round(sorted[n / 2], 1),
        var n => Math.Round((sorted[(n / 2) - 1] + sorted[n / 2]) / 2, 1),
    };
}
