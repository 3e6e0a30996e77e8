namespace Sip.Application.Features.Plans;

/// <summary>Every established version of the plan, newest first, each with what changed since the one before.
/// Under skyddad identitet only the initiating unit sees the person's name in them.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record GetPlanVersions(Guid PlanId) : IQuery<IReadOnlyList<PlanVersionView>>, IPlanRequest, IReadsPersonalData;

public sealed record PlanVersionView(
    int Number, DateTimeOffset EstablishedAt, bool PersonParticipated, string? PersonAbsenceReason, PlanSnapshot Content,
    IReadOnlyList<SnapshotChange> Changes);

public sealed class GetPlanVersionsHandler(ISipDbContext db, ICurrentUser user)
    : IQueryHandler<GetPlanVersions, IReadOnlyList<PlanVersionView>>
{
    public async ValueTask<IReadOnlyList<PlanVersionView>> Handle(GetPlanVersions query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var person = await db.Plans.AsNoTracking().Where(p => p.Id == query.PlanId)
            .Select(p => new { p.Person.HasProtectedIdentity, p.Origin.InitiatingUnitId })
            .SingleAsync(cancellationToken);
        var hidden = ProtectedIdentity.HiddenFrom(person.HasProtectedIdentity, person.InitiatingUnitId, [.. user.UnitIds]);
        var versions = await db.Plans.AsNoTracking()
            .Where(p => p.Id == query.PlanId)
            .SelectMany(p => p.Versions)
            .OrderBy(v => v.Number)
            .Select(v => new { v.Number, v.EstablishedAt, v.PersonParticipated, v.PersonAbsenceReason, v.ContentJson })
            .ToListAsync(cancellationToken);

        PlanSnapshot? previous = null;
        var views = new List<PlanVersionView>(versions.Count);
        foreach (var version in versions)
        {
            var stored = PlanSnapshot.FromJson(version.ContentJson);
            var content = hidden ? ProtectedIdentity.Hide(stored) : stored;
            views.Add(new PlanVersionView(
                version.Number, version.EstablishedAt, version.PersonParticipated, version.PersonAbsenceReason, content,
                PlanSnapshotDiff.Between(previous, content)));
            previous = content;
        }

        views.Reverse();
        return views;
    }
}
