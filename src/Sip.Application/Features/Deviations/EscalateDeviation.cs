namespace Sip.Application.Features.Deviations;

/// <summary>
/// Takes an unresolved avvikelse up one step of the county's ladder (rule 28): in Jämtland Härjedalen
/// from the managers to the county-wide officials' arena, then to court; in Gävleborg from the nearest
/// managers to Länsledning Välfärd, its last. A cost dispute goes up only with a de-identified
/// summary, which may name neither the person nor their personnummer.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record EscalateDeviation(Guid PlanId, int ExpectedVersion, Guid DeviationId, string? DeIdentifiedSummary) : ICommand<PlanChanged>, IPlanCommand;

public sealed class EscalateDeviationValidator : AbstractValidator<EscalateDeviation>
{
    public EscalateDeviationValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.DeviationId).NotEmpty().WithMessage("Ange vilken avvikelse det gäller.");
        RuleFor(x => x.DeIdentifiedSummary).MaximumLength(4000).WithMessage("Sammanfattningen får vara högst 4000 tecken.");
    }
}

public sealed class EscalateDeviationHandler(ISipDbContext db, TimeProvider clock) : ICommandHandler<EscalateDeviation, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(EscalateDeviation command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken);
        var policy = await PlanChanges.PolicyAsync(db, cancellationToken);
        var summary = string.IsNullOrWhiteSpace(command.DeIdentifiedSummary) ? null : command.DeIdentifiedSummary;
        plan.EscalateDeviation(command.DeviationId, summary, policy, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken);
    }
}
