using Sip.Domain.Calendar;

namespace Sip.Application.Features.FollowUps;

[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record ScheduleFollowUp(Guid PlanId, int ExpectedVersion, DateOnly DueOn) : ICommand<PlanChanged>, IPlanCommand;

public sealed class ScheduleFollowUpValidator : AbstractValidator<ScheduleFollowUp>
{
    public ScheduleFollowUpValidator(TimeProvider clock)
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.DueOn).Must(d => d > SwedishTime.Today(clock.GetUtcNow())).WithMessage("Uppföljningen måste ligga fram i tiden.");
    }
}

public sealed class ScheduleFollowUpHandler(ISipDbContext db, TimeProvider clock) : ICommandHandler<ScheduleFollowUp, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(ScheduleFollowUp command, CancellationToken cancellationToken)
    {
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken);
        var followUp = plan.ScheduleFollowUp(command.DueOn, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken, followUp.Id);
    }
}
