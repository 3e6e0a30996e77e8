namespace Sip.Application.Features.Placements;

/// <summary>Marks an insats social or medical, by a unit of the insats's own principal (domain brief §6).</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record ClassifyAction(
    Guid PlanId, int ExpectedVersion, Guid ActionId, ActionNature Nature) : ICommand<PlanChanged>, IPlanCommand;

public sealed class ClassifyActionValidator : AbstractValidator<ClassifyAction>
{
    public ClassifyActionValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.ActionId).NotEmpty().WithMessage("Ange vilken insats det gäller.");
        RuleFor(x => x.Nature).IsInEnum().WithMessage("Välj social eller medicinsk.");
    }
}

public sealed class ClassifyActionHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : PlanCommandHandler<ClassifyAction>(db, clock)
{
    protected override async ValueTask<Guid?> ApplyAsync(
        SipPlan plan, ClassifyAction command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unit = await ActingUnit.PrincipalAsync(Db, user, plan, cancellationToken);
        plan.ClassifyAction(command.ActionId, command.Nature, unit, now);
        return null;
    }
}
