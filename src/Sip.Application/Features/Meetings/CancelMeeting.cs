namespace Sip.Application.Features.Meetings;

[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record CancelMeeting(Guid PlanId, int ExpectedVersion, Guid MeetingId, string Reason) : ICommand<PlanChanged>, IPlanCommand;

public sealed class CancelMeetingValidator : AbstractValidator<CancelMeeting>
{
    public CancelMeetingValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.MeetingId).NotEmpty().WithMessage("Ange vilket möte som ställs in.");
        RuleFor(x => x.Reason).RequiredText("Ange varför mötet ställs in.", "Skälet får vara högst 2 000 tecken.", 2000);
    }
}

public sealed class CancelMeetingHandler(ISipDbContext db, TimeProvider clock) : PlainPlanCommandHandler<CancelMeeting>(db, clock)
{
    protected override void Apply(SipPlan plan, CancelMeeting command, DateTimeOffset now) =>
        plan.CancelMeeting(command.MeetingId, command.Reason, now);
}
