namespace Sip.Application.Features.Deviations;

/// <summary>Records the decision that resolved an avvikelse.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record ResolveDeviation(Guid PlanId, int ExpectedVersion, Guid DeviationId, string? Resolution) : ICommand<PlanChanged>, IPlanCommand;

public sealed class ResolveDeviationValidator : AbstractValidator<ResolveDeviation>
{
    public ResolveDeviationValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.DeviationId).NotEmpty().WithMessage("Ange vilken avvikelse det gäller.");
        RuleFor(x => x.Resolution)
            .NotEmpty().WithMessage("Ange beslutet som löste avvikelsen.")
            .MaximumLength(4000).WithMessage("Beslutet får vara högst 4000 tecken.");
    }
}

public sealed class ResolveDeviationHandler(ISipDbContext db, TimeProvider clock) : ICommandHandler<ResolveDeviation, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(ResolveDeviation command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken);
        plan.ResolveDeviation(command.DeviationId, command.Resolution!, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken);
    }
}
