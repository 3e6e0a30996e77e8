namespace Sip.Application.Features.Actions;

/// <summary>Staff of the owning unit accept an insats, or reject it with a reason the proposer is told.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record DecideAction(
    Guid PlanId, int ExpectedVersion, Guid ActionId, bool Accept, string? RejectionReason) : ICommand<PlanChanged>, IPlanCommand;

public sealed class DecideActionValidator : AbstractValidator<DecideAction>
{
    public DecideActionValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.ActionId).NotEmpty().WithMessage("Ange vilken insats som besvaras.");
        RuleFor(x => x.RejectionReason).NotEmpty().When(x => !x.Accept).WithMessage("Ange skälet till att insatsen inte accepteras.");
        RuleFor(x => x.RejectionReason).MaximumLength(2000).WithMessage("Skälet får vara högst 2 000 tecken.");
    }
}

public sealed class DecideActionHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<DecideAction, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(DecideAction command, CancellationToken cancellationToken)
    {
        var plan = await PlanChanges.LoadForActionAsync(db, command, cancellationToken);
        var owningUnit = OwningUnit.Of(plan, command.ActionId, user);
        var now = clock.GetUtcNow();
        if (command.Accept)
        {
            plan.AcceptAction(command.ActionId, owningUnit, user.UserId, now);
        }
        else
        {
            plan.RejectAction(command.ActionId, owningUnit, user.UserId, command.RejectionReason ?? string.Empty, now);
        }

        return await PlanChanges.SaveAsync(db, plan, cancellationToken);
    }
}
