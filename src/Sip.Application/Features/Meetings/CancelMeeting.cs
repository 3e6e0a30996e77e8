namespace Sip.Application.Features.Meetings;

[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record CancelMeeting(Guid PlanId, int ExpectedVersion, Guid MeetingId, string Reason) : ICommand<PlanChanged>, IPlanCommand;

public sealed class CancelMeetingValidator : AbstractValidator<CancelMeeting>
{
    public CancelMeetingValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.MeetingId).NotEmpty().WithMessage("Ange vilket möte som ställs in.");
        RuleFor(x => x.Reason)
            .NotEmpty().WithMessage("Ange varför mötet ställs in.")
            .MaximumLength(2000).WithMessage("Skälet får vara högst 2 000 tecken.");
    }
}

public sealed class CancelMeetingHandler(ISipDbContext db, TimeProvider clock) : ICommandHandler<CancelMeeting, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(CancelMeeting command, CancellationToken cancellationToken)
    {
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken);
        plan.CancelMeeting(command.MeetingId, command.Reason, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken);
    }
}
