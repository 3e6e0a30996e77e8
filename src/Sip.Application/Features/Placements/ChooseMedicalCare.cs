namespace Sip.Application.Features.Placements;

/// <summary>
/// Rule 26b: the region records where the medical part of the HVB placement is given — a remiss to the
/// region where the home is, its own care, or care at the home. A municipality's unit gets a 422.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record ChooseMedicalCare(Guid PlanId, int ExpectedVersion, MedicalCareChoice? Choice) : ICommand<PlanChanged>, IPlanCommand;

public sealed class ChooseMedicalCareValidator : AbstractValidator<ChooseMedicalCare>
{
    public ChooseMedicalCareValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.Choice)
            .NotNull().WithMessage("Välj hur den medicinska delen av placeringen ges.")
            .IsInEnum().WithMessage("Välj remiss till regionen där boendet ligger, egen vård eller vård på boendet.");
    }
}

public sealed class ChooseMedicalCareHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : PlanCommandHandler<ChooseMedicalCare>(db, clock)
{
    protected override async ValueTask<Guid?> ApplyAsync(
        SipPlan plan, ChooseMedicalCare command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unit = await ActingUnit.PrincipalAsync(Db, user, plan, cancellationToken);
        plan.ChooseMedicalCare(command.Choice!.Value, unit, now);
        return null;
    }
}
