namespace Sip.Application.Features.Deviations;

/// <summary>
/// Takes an unresolved avvikelse up one step of the county's ladder (rule 28), e.g. from the managers to the county-wide officials'
/// arena, then to court (Jämtland Härjedalen), or to Länsledning Välfärd (Gävleborg). A cost dispute goes up only with a
/// de-identified summary, which may name neither the person nor their personnummer.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record EscalateDeviation(
    Guid PlanId, int ExpectedVersion, Guid DeviationId, string? DeIdentifiedSummary) : ICommand<PlanChanged>, IPlanCommand;

public sealed class EscalateDeviationValidator : AbstractValidator<EscalateDeviation>
{
    public EscalateDeviationValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.DeviationId).NotEmpty().WithMessage("Ange vilken avvikelse det gäller.");
        RuleFor(x => x.DeIdentifiedSummary).MaximumLength(4000).WithMessage("Sammanfattningen får vara högst 4000 tecken.");
    }
}

public sealed class EscalateDeviationHandler(ISipDbContext db, TimeProvider clock) : PlanCommandHandler<EscalateDeviation>(db, clock)
{
    protected override async ValueTask<Guid?> ApplyAsync(
        SipPlan plan, EscalateDeviation command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var policy = await PlanChanges.PolicyAsync(Db, cancellationToken);
        var summary = string.IsNullOrWhiteSpace(command.DeIdentifiedSummary) ? null : command.DeIdentifiedSummary;
        plan.EscalateDeviation(command.DeviationId, summary, policy, now);
        return null;
    }
}
