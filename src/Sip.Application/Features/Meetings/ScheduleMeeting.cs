namespace Sip.Application.Features.Meetings;

/// <summary>Books the SIP meeting: a room, or a link for a digital meeting, and who is summoned.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record ScheduleMeeting(
    Guid PlanId, int ExpectedVersion, DateTimeOffset StartsAt, int DurationMinutes, string? Location, Uri? VideoLink,
    IReadOnlyList<Guid>? AttendeeParticipantIds) : ICommand<PlanChanged>, IPlanCommand, IMeetingTime;

public sealed class ScheduleMeetingValidator : AbstractValidator<ScheduleMeeting>
{
    public ScheduleMeetingValidator(TimeProvider clock)
    {
        this.ValidatePlanCommand();
        Include(new MeetingTimeValidator(clock));
    }
}

public sealed class ScheduleMeetingHandler(ISipDbContext db, TimeProvider clock) : PlanCommandHandler<ScheduleMeeting>(db, clock)
{
    protected override ValueTask<Guid?> ApplyAsync(
        SipPlan plan, ScheduleMeeting command, DateTimeOffset now, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Guid?>(plan.ScheduleMeeting(
            command.StartsAt, TimeSpan.FromMinutes(command.DurationMinutes), command.Location, command.VideoLink,
            command.AttendeeParticipantIds ?? [], now).Id);
}
