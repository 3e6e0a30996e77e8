namespace Sip.Application.Features.Plans;

/// <summary>Closes the plan with a reason; the person may end it at any time.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record ClosePlan(
    Guid PlanId, int ExpectedVersion, PlanCloseReason Reason, string? Note) : ICommand<PlanChanged>, IPlanCommand;

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

public sealed class ClosePlanHandler(ISipDbContext db, TimeProvider clock) : PlainPlanCommandHandler<ClosePlan>(db, clock)
{
    protected override void Apply(SipPlan plan, ClosePlan command, DateTimeOffset now) =>
        plan.Close(command.Reason, command.Note, now);
}
