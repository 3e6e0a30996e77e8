using Sip.Domain.Organizations;
using Sip.Domain.Policies;

namespace Sip.Application.Features;

/// <summary>A command that changes an existing plan, made against the version the caller last read.</summary>
public interface IPlanCommand : IPlanRequest
{
    int ExpectedVersion { get; }
}

/// <summary>What every plan command answers: the plan's new version, and the id of what it created.</summary>
public sealed record PlanChanged(Guid PlanId, int Version, Guid? CreatedId = null) : IConcernsPlan;

/// <summary>What the plan commands share: loading the whole aggregate for a change, and the context a rule needs.</summary>
public static class PlanChanges
{
    /// <summary>
    /// Loads the plan with every collection, refusing a caller who edited an older version (409)
    /// rather than letting the last writer silently win.
    /// </summary>
    public static Task<SipPlan> LoadAsync(ISipDbContext db, IPlanCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return LoadAsync(db.Plans.Whole(), command, cancellationToken);
    }

    /// <summary>
    /// The plan with its insatser alone, for a change to an insats (answering it, moving its status),
    /// which reads and writes nothing else of the aggregate: two round trips instead of eleven on
    /// the path a clinic takes most.
    /// </summary>
    public static Task<SipPlan> LoadForActionAsync(ISipDbContext db, IPlanCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return LoadAsync(db.Plans.Include(p => p.Actions), command, cancellationToken);
    }

    private static async Task<SipPlan> LoadAsync(IQueryable<SipPlan> plans, IPlanCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var plan = await plans
            .FirstOrDefaultAsync(p => p.Id == command.PlanId, cancellationToken)
            ?? throw new NotFoundException("Planen finns inte.");
        if (plan.Version != command.ExpectedVersion)
        {
            throw new ConcurrencyConflictException(
                $"Planen har ändrats sedan du läste den (version {command.ExpectedVersion}, nu {plan.Version}). Läs in den igen.",
                plan.Version);
        }

        return plan;
    }

    /// <summary>The plans with every collection of the aggregate, as a change to them needs.</summary>
    public static IQueryable<SipPlan> Whole(this IQueryable<SipPlan> plans) => plans
        .Include(p => p.Participants).Include(p => p.Consents).Include(p => p.Actions).Include(p => p.Needs)
        .Include(p => p.Meetings).Include(p => p.FollowUps).Include(p => p.Versions).Include(p => p.Deviations)
        .Include(p => p.CostAllocations).Include(p => p.Feedback);

    public static Task<CountyPolicy> PolicyAsync(ISipDbContext db, CancellationToken cancellationToken) =>
        db.CountyPolicies.OrderBy(p => p.Name).FirstAsync(cancellationToken);

    /// <summary>
    /// The principal every unit taking part acts for, which establishment rules need: a private
    /// provider's unit counts as its contracting principal's (rule 23).
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, OrganizationKind>> UnitKindsAsync(
        ISipDbContext db, SipPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        var unitIds = plan.Participants.Where(p => p.UnitId is not null).Select(p => p.UnitId!.Value).Distinct().ToList();
        return await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.ActsForPrincipal ?? u.OrganizationKind, cancellationToken);
    }

    public static async Task<PlanChanged> SaveAsync(
        ISipDbContext db, SipPlan plan, CancellationToken cancellationToken, Guid? createdId = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between this command's read and its write: the same answer as a stale
            // version, with the version the caller must reload.
            var current = await db.Plans.AsNoTracking()
                .Where(p => p.Id == plan.Id).Select(p => p.Version).SingleAsync(cancellationToken);
            throw new ConcurrencyConflictException(
                $"Planen ändrades av någon annan medan du sparade (nu version {current}). Läs in den igen.", current);
        }

        return new PlanChanged(plan.Id, plan.Version, createdId);
    }

    /// <summary>The rule every plan command's validator starts with.</summary>
    public static void ValidatePlanCommand<T>(this AbstractValidator<T> validator)
        where T : IPlanCommand
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(x => x.PlanId).NotEmpty().WithMessage("Ange vilken plan det gäller.");
        validator.RuleFor(x => x.ExpectedVersion).GreaterThan(0).WithMessage("Ange vilken version av planen du utgår från.");
    }
}
