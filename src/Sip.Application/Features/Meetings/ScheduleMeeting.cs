namespace Sip.Application.Features.Meetings;

/// <summary>Books the SIP meeting: a room, or a link for a digital meeting, and who is summoned.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record ScheduleMeeting(Guid PlanId, int ExpectedVersion, DateTimeOffset StartsAt, int DurationMinutes, string? Location, Uri? VideoLink, IReadOnlyList<Guid>? AttendeeParticipantIds) : ICommand<PlanChanged>, IPlanCommand, IMeetingTime;

public sealed class ScheduleMeetingValidator : AbstractValidator<ScheduleMeeting>
{
    public ScheduleMeetingValidator(TimeProvider clock)
    {
        this.ValidatePlanCommand();
        Include(new MeetingTimeValidator(clock));
    }
}

public sealed class ScheduleMeetingHandler(ISipDbContext db, TimeProvider clock) : ICommandHandler<ScheduleMeeting, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(ScheduleMeeting command, CancellationToken cancellationToken)
    {
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken);
        var meeting = plan.ScheduleMeeting(command.StartsAt, TimeSpan.FromMinutes(command.DurationMinutes), command.Location, command.VideoLink, command.AttendeeParticipantIds ?? [], clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken, meeting.Id);
    }
}
