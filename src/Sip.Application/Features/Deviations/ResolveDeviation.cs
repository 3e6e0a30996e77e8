namespace Sip.Application.Features.Deviations;

/// <summary>Records the decision that resolved an avvikelse.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record ResolveDeviation(
    Guid PlanId, int ExpectedVersion, Guid DeviationId, string? Resolution) : ICommand<PlanChanged>, IPlanCommand;

public sealed class ResolveDeviationValidator : AbstractValidator<ResolveDeviation>
{
    public ResolveDeviationValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.DeviationId).NotEmpty().WithMessage("Ange vilken avvikelse det gäller.");
        RuleFor(x => x.Resolution).RequiredText("Ange beslutet som löste avvikelsen.", "Beslutet får vara högst 4000 tecken.");
    }
}

public sealed class ResolveDeviationHandler(ISipDbContext db, TimeProvider clock) : PlainPlanCommandHandler<ResolveDeviation>(db, clock)
{
    protected override void Apply(SipPlan plan, ResolveDeviation command, DateTimeOffset now) =>
        plan.ResolveDeviation(command.DeviationId, command.Resolution!, now);
}
