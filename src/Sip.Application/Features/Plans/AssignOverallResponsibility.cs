namespace Sip.Application.Features.Plans;

/// <summary>Gives or hands over the overall responsibility to a principal's unit that takes part.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record AssignOverallResponsibility(Guid PlanId, int ExpectedVersion, Guid UnitId) : ICommand<PlanChanged>, IPlanCommand;

public sealed class AssignOverallResponsibilityValidator : AbstractValidator<AssignOverallResponsibility>
{
    public AssignOverallResponsibilityValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.UnitId).NotEmpty().WithMessage("Välj den enhet som får det övergripande ansvaret.");
    }
}

public sealed class AssignOverallResponsibilityHandler(ISipDbContext db, TimeProvider clock) : ICommandHandler<AssignOverallResponsibility, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(AssignOverallResponsibility command, CancellationToken cancellationToken)
    {
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken);
        var policy = await PlanChanges.PolicyAsync(db, cancellationToken);
        plan.AssignOverallResponsibility(command.UnitId, clock.GetUtcNow(), policy);
        return await PlanChanges.SaveAsync(db, plan, cancellationToken);
    }
}
