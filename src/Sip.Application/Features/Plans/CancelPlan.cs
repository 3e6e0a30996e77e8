namespace Sip.Application.Features.Plans;

/// <summary>Cancels a plan that was never established, e.g. when the person did not consent.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record CancelPlan(Guid PlanId, int ExpectedVersion, string Reason) : ICommand<PlanChanged>, IPlanCommand;

public sealed class CancelPlanValidator : AbstractValidator<CancelPlan>
{
    public CancelPlanValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.Reason).RequiredText("Ange varför planen makuleras.", "Skälet får vara högst 4 000 tecken.");
    }
}

public sealed class CancelPlanHandler(ISipDbContext db, TimeProvider clock) : PlainPlanCommandHandler<CancelPlan>(db, clock)
{
    protected override void Apply(SipPlan plan, CancelPlan command, DateTimeOffset now) => plan.Cancel(command.Reason, now);
}
