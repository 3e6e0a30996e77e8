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

public sealed class AssignOverallResponsibilityHandler(ISipDbContext db, TimeProvider clock)
    : PlanCommandHandler<AssignOverallResponsibility>(db, clock)
{
    protected override async ValueTask<Guid?> ApplyAsync(
        SipPlan plan, AssignOverallResponsibility command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var policy = await PlanChanges.PolicyAsync(Db, cancellationToken);
        plan.AssignOverallResponsibility(command.UnitId, now, policy);
        return null;
    }
}
