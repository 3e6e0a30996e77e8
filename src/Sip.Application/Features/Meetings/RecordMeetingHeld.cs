namespace Sip.Application.Features.Meetings;

/// <summary>
/// Marks a booked SIP meeting as held, once it has started. Only a held meeting meets the
/// first-meeting deadline and the SIP within a week of a placement (rule 21), counted by its day.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record RecordMeetingHeld(Guid PlanId, int ExpectedVersion, Guid MeetingId) : ICommand<PlanChanged>, IPlanCommand;

public sealed class RecordMeetingHeldValidator : AbstractValidator<RecordMeetingHeld>
{
    public RecordMeetingHeldValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.MeetingId).NotEmpty().WithMessage("Ange vilket möte som hölls.");
    }
}

public sealed class RecordMeetingHeldHandler(ISipDbContext db, TimeProvider clock) : PlainPlanCommandHandler<RecordMeetingHeld>(db, clock)
{
    protected override void Apply(SipPlan plan, RecordMeetingHeld command, DateTimeOffset now) =>
        plan.RecordMeetingHeld(command.MeetingId, now);
}
