namespace Sip.Application.Features.Actions;

/// <summary>The owning unit reports progress: started, completed or discontinued.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record ChangeActionStatus(
    Guid PlanId, int ExpectedVersion, Guid ActionId, ActionStatus Status) : ICommand<PlanChanged>, IPlanCommand;

public sealed class ChangeActionStatusValidator : AbstractValidator<ChangeActionStatus>
{
    public ChangeActionStatusValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.ActionId).NotEmpty().WithMessage("Ange vilken insats det gäller.");
        RuleFor(x => x.Status)
            .Must(s => s is ActionStatus.Ongoing or ActionStatus.Completed or ActionStatus.Discontinued)
            .WithMessage("En insats kan bara sättas till pågående, genomförd eller avbruten.");
    }
}

public sealed class ChangeActionStatusHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ChangeActionStatus, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(ChangeActionStatus command, CancellationToken cancellationToken)
    {
        var plan = await PlanChanges.LoadForActionAsync(db, command, cancellationToken);
        plan.ChangeActionStatus(command.ActionId, OwningUnit.Of(plan, command.ActionId, user), command.Status, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken);
    }
}
