namespace Sip.Application.Features.Placements;

/// <summary>Marks an insats social or medical, by a unit of the insats's own principal (domain brief §6).</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record ClassifyAction(Guid PlanId, int ExpectedVersion, Guid ActionId, ActionNature Nature) : ICommand<PlanChanged>, IPlanCommand;

public sealed class ClassifyActionValidator : AbstractValidator<ClassifyAction>
{
    public ClassifyActionValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.ActionId).NotEmpty().WithMessage("Ange vilken insats det gäller.");
        RuleFor(x => x.Nature).IsInEnum().WithMessage("Välj social eller medicinsk.");
    }
}

public sealed class ClassifyActionHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ClassifyAction, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(ClassifyAction command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken);
        var unit = await ActingUnit.PrincipalAsync(db, user, plan, cancellationToken);
        plan.ClassifyAction(command.ActionId, command.Nature, unit, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken);
    }
}
