namespace Sip.Application.Features.Plans;

/// <summary>Closes the plan with a reason; the person may end it at any time.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record ClosePlan(Guid PlanId, int ExpectedVersion, PlanCloseReason Reason, string? Note) : ICommand<PlanChanged>, IPlanCommand;

public sealed class ClosePlanValidator : AbstractValidator<ClosePlan>
{
    public ClosePlanValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.Reason).IsInEnum().WithMessage("Ange varför planen avslutas.");
        RuleFor(x => x.Note).NotEmpty().When(x => x.Reason == PlanCloseReason.Other).WithMessage("Beskriv varför planen avslutas.");
        RuleFor(x => x.Note).MaximumLength(4000).WithMessage("Anteckningen får vara högst 4 000 tecken.");
    }
}

public sealed class ClosePlanHandler(ISipDbContext db, TimeProvider clock) : ICommandHandler<ClosePlan, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(ClosePlan command, CancellationToken cancellationToken)
    {
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken);
        plan.Close(command.Reason, command.Note, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken);
    }
}
