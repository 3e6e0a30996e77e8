namespace Sip.Application.Features.Plans;

/// <summary>Cancels a plan that was never established, e.g. when the person did not consent.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record CancelPlan(Guid PlanId, int ExpectedVersion, string Reason) : ICommand<PlanChanged>, IPlanCommand;

public sealed class CancelPlanValidator : AbstractValidator<CancelPlan>
{
    public CancelPlanValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.Reason)
            .NotEmpty().WithMessage("Ange varför planen makuleras.")
            .MaximumLength(4000).WithMessage("Skälet får vara högst 4 000 tecken.");
    }
}

public sealed class CancelPlanHandler(ISipDbContext db, TimeProvider clock) : ICommandHandler<CancelPlan, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(CancelPlan command, CancellationToken cancellationToken)
    {
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken);
        plan.Cancel(command.Reason, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken);
    }
}
