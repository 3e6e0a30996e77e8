using Sip.Domain.Policies;

namespace Sip.Application.Features.Deviations;

/// <summary>
/// What the county-wide officials' arena (or the ladder's second step) sees: avvikelser taken up past the managers, de-identified —
/// the two organisations, the kind of disagreement, when, and the summary written for the arena. Never the plan, the person, or what
/// was written inside the plan.
/// </summary>
[AllowedRoles(UserRole.SipSupport, UserRole.Administrator)]
public sealed record ListArenaDeviations : IQuery<IReadOnlyList<ArenaDeviation>>;

/// <summary><see cref="StepName"/> is the step as the county's escalation ladder names it (rule 28).</summary>
public sealed record ArenaDeviation(
    Guid Id, string RaisedBy, string Counterpart, bool IsCostDispute, DateOnly RaisedOn, EscalationLevel Level, string? Summary,
    DateOnly? StepDueOn, DateOnly? ResolvedOn, string StepName = "");

public sealed class ListArenaDeviationsHandler(ISipDbContext db) : IQueryHandler<ListArenaDeviations, IReadOnlyList<ArenaDeviation>>
{
    public async ValueTask<IReadOnlyList<ArenaDeviation>> Handle(ListArenaDeviations query, CancellationToken cancellationToken)
    {
        var escalated = await db.Plans.AsNoTracking()
            .SelectMany(
                p => p.Deviations.Where(d => d.Level != EscalationLevel.ManagerDialogue),
                (p, d) => new
                {
                    d.Id,
                    d.RaisedByUnitId,
                    d.CounterpartOrganizationId,
                    d.IsCostDispute,
                    d.RaisedAt,
                    d.Level,
                    d.DeIdentifiedSummary,
                    d.StepDueOn,
                    d.ResolvedAt,
                })
            .ToListAsync(cancellationToken);
        var unitIds = escalated.Select(d => d.RaisedByUnitId).Distinct().ToList();
        var raisers = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Join(db.Organizations.AsNoTracking(), u => u.OrganizationId, o => o.Id, (u, o) => new { u.Id, o.Name })
            .ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken);
        var organizations = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var steps = (await PlanChanges.PolicyAsync(db, cancellationToken)).EscalationSteps;
        return [.. escalated
            .OrderBy(d => d.ResolvedAt is not null).ThenBy(d => d.RaisedAt)
            .Select(d => new ArenaDeviation(
                d.Id,
                raisers.GetValueOrDefault(d.RaisedByUnitId, ""),
                organizations.GetValueOrDefault(d.CounterpartOrganizationId, ""),
                d.IsCostDispute,
                Domain.Calendar.SwedishTime.Today(d.RaisedAt),
                d.Level,
                d.DeIdentifiedSummary,
                d.StepDueOn,
                d.ResolvedAt is { } resolved ? Domain.Calendar.SwedishTime.Today(resolved) : null,
                EscalationLadder.NameOf(steps, (int)d.Level)))];
    }
}
