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

public sealed class ScheduleFollowUpHandler(ISipDbContext db, TimeProvider clock) : PlanCommandHandler<ScheduleFollowUp>(db, clock)
{
    protected override ValueTask<Guid?> ApplyAsync(
        SipPlan plan, ScheduleFollowUp command, DateTimeOffset now, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Guid?>(plan.ScheduleFollowUp(command.DueOn, now).Id);
}
