namespace Sip.Application.Features.Participants;

/// <summary>
/// Rule 7b: the initiating unit takes back a kallelse it sent in error, with a reason. Only its own
/// staff may; it is not a refusal, and the unit is told.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record WithdrawInvitation(Guid PlanId, int ExpectedVersion, Guid ParticipantId, string Reason)
    : ICommand<PlanChanged>, IPlanCommand;

public sealed class WithdrawInvitationValidator : AbstractValidator<WithdrawInvitation>
{
    public WithdrawInvitationValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.ParticipantId).NotEmpty().WithMessage("Ange vilken kallelse som återkallas.");
        RuleFor(x => x.Reason).RequiredText("Ange varför kallelsen återkallas.", "Skälet får vara högst 2 000 tecken.", 2000);
    }
}

public sealed class WithdrawInvitationHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : PlainPlanCommandHandler<WithdrawInvitation>(db, clock)
{
    protected override void Apply(SipPlan plan, WithdrawInvitation command, DateTimeOffset now)
    {
        if (plan.Participants.All(p => p.Id != command.ParticipantId || p.UnitId == null))
        {
            throw new NotFoundException("Kallelsen finns inte i planen.");
        }

        if (!user.UnitIds.Contains(plan.Origin.InitiatingUnitId))
        {
            throw new ForbiddenException("Bara personal på den initierande enheten kan återkalla en kallelse.");
        }

        plan.WithdrawInvitation(command.ParticipantId, plan.Origin.InitiatingUnitId, user.UserId, command.Reason, now);
    }
}
