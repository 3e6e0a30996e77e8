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
        RuleFor(x => x.Reason)
            .NotEmpty().WithMessage("Ange varför kallelsen återkallas.")
            .MaximumLength(2000).WithMessage("Skälet får vara högst 2 000 tecken.");
    }
}

public sealed class WithdrawInvitationHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<WithdrawInvitation, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(WithdrawInvitation command, CancellationToken cancellationToken)
    {
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken);
        if (plan.Participants.All(p => p.Id != command.ParticipantId || p.UnitId == null))
        {
            throw new NotFoundException("Kallelsen finns inte i planen.");
        }

        if (!user.UnitIds.Contains(plan.Origin.InitiatingUnitId))
        {
            throw new ForbiddenException("Bara personal på den initierande enheten kan återkalla en kallelse.");
        }

        plan.WithdrawInvitation(command.ParticipantId, plan.Origin.InitiatingUnitId, user.UserId, command.Reason, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken);
    }
}
