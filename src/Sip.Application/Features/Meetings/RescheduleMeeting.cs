namespace Sip.Application.Features.Meetings;

/// <summary>Moves the meeting; the calendar event keeps its identity and its sequence goes up.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record RescheduleMeeting(
    Guid PlanId, int ExpectedVersion, Guid MeetingId, DateTimeOffset StartsAt, int DurationMinutes, string? Location, Uri? VideoLink,
    IReadOnlyList<Guid>? AttendeeParticipantIds) : ICommand<PlanChanged>, IPlanCommand, IMeetingTime;

public sealed class RescheduleMeetingValidator : AbstractValidator<RescheduleMeeting>
{
    public RescheduleMeetingValidator(TimeProvider clock)
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.MeetingId).NotEmpty().WithMessage("Ange vilket möte som flyttas.");
        Include(new MeetingTimeValidator(clock));
    }
}

public sealed class RescheduleMeetingHandler(ISipDbContext db, TimeProvider clock) : PlainPlanCommandHandler<RescheduleMeeting>(db, clock)
{
    protected override void Apply(SipPlan plan, RescheduleMeeting command, DateTimeOffset now) =>
        plan.RescheduleMeeting(
            command.MeetingId, command.StartsAt, TimeSpan.FromMinutes(command.DurationMinutes), command.Location, command.VideoLink,
            command.AttendeeParticipantIds ?? [], now);
}
