using Sip.Domain.Audit;

namespace Sip.Application.Features.Audit;

/// <summary>
/// Who read or changed the plan, and when. Shown to staff of the units answerable for the plan —
/// the initiating unit and the one with overall responsibility — who follow up its access.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record GetPlanAuditTrail(Guid PlanId, int Page = 1, int PageSize = 100)
    : IQuery<AuditTrail>, IPlanRequest, IReadsPersonalData;

public sealed record AuditTrail(IReadOnlyList<AuditTrailEntry> Entries, int TotalCount);

public sealed record AuditTrailEntry(
    DateTimeOffset OccurredAt, string UserName, string? UnitName, AuditKind Kind, string Action, string? Origin);

public sealed class GetPlanAuditTrailValidator : AbstractValidator<GetPlanAuditTrail>
{
    public GetPlanAuditTrailValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Sidan måste vara 1 eller större.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, 500).WithMessage("Sidstorleken ska vara 1–500.");
    }
}

public sealed class GetPlanAuditTrailHandler(ISipDbContext db, ICurrentUser user) : IQueryHandler<GetPlanAuditTrail, AuditTrail>
{
    public async ValueTask<AuditTrail> Handle(GetPlanAuditTrail query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var answerable = await db.Plans.AsNoTracking()
            .Where(p => p.Id == query.PlanId)
            .Select(p => new { p.Origin.InitiatingUnitId, p.OverallResponsibleUnitId })
            .SingleAsync(cancellationToken);
        if (!user.UnitIds.Contains(answerable.InitiatingUnitId)
            && !(answerable.OverallResponsibleUnitId is { } o && user.UnitIds.Contains(o)))
        {
            throw new ForbiddenException("Loggen visas för den initierande enheten och enheten med övergripande ansvar.");
        }

        var entries = db.AuditEntries.AsNoTracking().Where(a => a.PlanId == query.PlanId);
        var total = await entries.CountAsync(cancellationToken);
        var page = await entries
            .OrderByDescending(a => a.OccurredAt)
            .ThenByDescending(a => a.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(a => new AuditTrailEntry(
                a.OccurredAt,
                db.Users.Where(u => u.Id == a.UserId).Select(u => u.DisplayName).FirstOrDefault() ?? "Okänd",
                db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefault(),
                a.Kind,
                a.Action,
                a.Origin))
            .ToListAsync(cancellationToken);
        return new AuditTrail(page, total);
    }
}
