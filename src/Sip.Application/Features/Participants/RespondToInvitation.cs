namespace Sip.Application.Features.Participants;

/// <summary>
/// A unit answers its invitation; only its own staff may. A principal's unit cannot decline;
/// another actor may, with a reason. A närstående's answer is recorded by the plan's staff.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record RespondToInvitation(
    Guid PlanId, int ExpectedVersion, Guid ParticipantId, bool Accept, string? DeclineReason) : ICommand<PlanChanged>, IPlanCommand;

public sealed class RespondToInvitationValidator : AbstractValidator<RespondToInvitation>
{
    public RespondToInvitationValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.ParticipantId).NotEmpty().WithMessage("Ange vilken inbjudan som besvaras.");
        RuleFor(x => x.DeclineReason)
            .NotEmpty().WithMessage("Ange skälet till att ni tackar nej.")
            .When(x => !x.Accept);
        RuleFor(x => x.DeclineReason).MaximumLength(2000).WithMessage("Skälet får vara högst 2 000 tecken.");
    }
}

public sealed class RespondToInvitationHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : PlainPlanCommandHandler<RespondToInvitation>(db, clock)
{
    protected override void Apply(SipPlan plan, RespondToInvitation command, DateTimeOffset now)
    {
        var participant = plan.Participants.FirstOrDefault(p => p.Id == command.ParticipantId)
            ?? throw new NotFoundException("Inbjudan finns inte i planen.");
        if (participant.UnitId is { } unit && !user.UnitIds.Contains(unit))
        {
            throw new ForbiddenException("Bara personal på den inbjudna enheten kan besvara inbjudan.");
        }

        if (command.Accept)
        {
            plan.AcceptInvitation(participant.Id, user.UserId, now);
        }
        else
        {
            plan.DeclineInvitation(participant.Id, user.UserId, command.DeclineReason ?? string.Empty, now);
        }
    }
}
