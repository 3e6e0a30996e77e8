namespace Sip.Application.Features.Actions;

/// <summary>
/// Rule 22: the owning unit records the day it reported a granted insats, not started within three
/// months, to IVO as ej verkställt. The reminder stops; the plan shows the insats until it starts.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record ReportActionToIvo(Guid PlanId, int ExpectedVersion, Guid ActionId, DateOnly ReportedOn)
    : ICommand<PlanChanged>, IPlanCommand;

public sealed class ReportActionToIvoValidator : AbstractValidator<ReportActionToIvo>
{
    public ReportActionToIvoValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.ActionId).NotEmpty().WithMessage("Ange vilken insats det gäller.");
        RuleFor(x => x.ReportedOn).NotEqual(default(DateOnly)).WithMessage("Ange vilken dag insatsen rapporterades till IVO.");
    }
}

public sealed class ReportActionToIvoHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ReportActionToIvo, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(ReportActionToIvo command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var plan = await PlanChanges.LoadForActionAsync(db, command, cancellationToken);
        plan.RecordIvoReport(command.ActionId, OwningUnit.Of(plan, command.ActionId, user), command.ReportedOn, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken);
    }
}
