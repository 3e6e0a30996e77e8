namespace Sip.Application.Features.Plans;

/// <summary>
/// What still stands between the plan and its establishment, as a checklist the team can work
/// through before the meeting. The person's participation and approval are asked for when the
/// plan is established, so they are not on the list.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record GetEstablishmentReadiness(Guid PlanId) : IQuery<EstablishmentReadiness>, IPlanRequest;

public sealed record EstablishmentReadiness(bool CanBeEstablished, IReadOnlyList<RuleViolation> Gaps);

public sealed class GetEstablishmentReadinessHandler(ISipDbContext db) : IQueryHandler<GetEstablishmentReadiness, EstablishmentReadiness>
{
    private static readonly Establishment PersonTookPartAndApproved = new(true, null, true, null);

    public async ValueTask<EstablishmentReadiness> Handle(GetEstablishmentReadiness query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var plan = await db.Plans.AsNoTracking()
            .Include(p => p.Participants).Include(p => p.Consents).Include(p => p.Actions)
            .FirstOrDefaultAsync(p => p.Id == query.PlanId, cancellationToken)
            ?? throw new NotFoundException("Planen finns inte.");
        var kinds = await PlanChanges.UnitKindsAsync(db, plan, cancellationToken);
        var gaps = plan.Status is PlanStatus.Draft or PlanStatus.Invited ? plan.EstablishmentGaps(kinds, PersonTookPartAndApproved) : [];
        return new EstablishmentReadiness(gaps.Count == 0 && plan.Status is PlanStatus.Draft or PlanStatus.Invited, gaps);
    }
}
