namespace Sip.Application.Features;

/// <summary>
/// The handler every plan command shares: load the whole plan at the caller's version, make one change
/// at the request's time, save. A derived handler says only what the change is.
/// </summary>
public abstract class PlanCommandHandler<TCommand>(ISipDbContext db, TimeProvider clock) : ICommandHandler<TCommand, PlanChanged>
    where TCommand : IPlanCommand, ICommand<PlanChanged>
{
    /// <summary>The request's database, for the lookups a change needs besides the plan.</summary>
    protected ISipDbContext Db => db;

    public async ValueTask<PlanChanged> Handle(TCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken);
        var createdId = await ApplyAsync(plan, command, clock.GetUtcNow(), cancellationToken);
        return await PlanChanges.SaveAsync(db, plan, cancellationToken, createdId);
    }

    /// <summary>Makes the change on the loaded plan; answers the id of what it created, if anything.</summary>
    protected abstract ValueTask<Guid?> ApplyAsync(SipPlan plan, TCommand command, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>A plan command whose change needs nothing but the plan, the command and the time, and creates nothing.</summary>
public abstract class PlainPlanCommandHandler<TCommand>(ISipDbContext db, TimeProvider clock) : PlanCommandHandler<TCommand>(db, clock)
    where TCommand : IPlanCommand, ICommand<PlanChanged>
{
    protected sealed override ValueTask<Guid?> ApplyAsync(
        SipPlan plan, TCommand command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Apply(plan, command, now);
        return ValueTask.FromResult<Guid?>(null);
    }

    protected abstract void Apply(SipPlan plan, TCommand command, DateTimeOffset now);
}
