namespace Sip.Application.Features.Participants;

/// <summary>
/// Rule 7b: the summoned unit was the wrong one (a hälsocentral where psychiatry should be) and
/// passes its kallelse, with a reason, to another unit of its principal. Only its own staff may; it
/// is not a refusal, and the initiating unit is told.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record ForwardInvitation(Guid PlanId, int ExpectedVersion, Guid ParticipantId, Guid ToUnitId, string Reason)
    : ICommand<PlanChanged>, IPlanCommand;

public sealed class ForwardInvitationValidator : AbstractValidator<ForwardInvitation>
{
    public ForwardInvitationValidator(ISipDbContext db)
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.ParticipantId).NotEmpty().WithMessage("Ange vilken kallelse som vidarebefordras.");
        RuleFor(x => x.ToUnitId)
            .NotEmpty().WithMessage("Välj den enhet som kallelsen ska gå till.")
            .MustAsync((id, ct) => db.Units.AnyAsync(u => u.Id == id && u.IsActive, ct)).WithMessage("Enheten finns inte.")
            .When(x => x.ToUnitId != Guid.Empty, ApplyConditionTo.CurrentValidator);
        RuleFor(x => x.Reason).RequiredText("Ange varför kallelsen ska till en annan enhet.", "Skälet får vara högst 2 000 tecken.", 2000);
    }
}

public sealed class ForwardInvitationHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : PlanCommandHandler<ForwardInvitation>(db, clock)
{
    protected override async ValueTask<Guid?> ApplyAsync(
        SipPlan plan, ForwardInvitation command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var participant = plan.Participants.FirstOrDefault(p => p.Id == command.ParticipantId && p.UnitId != null)
            ?? throw new NotFoundException("Kallelsen finns inte i planen.");
        if (!user.UnitIds.Contains(participant.UnitId!.Value))
        {
            throw new ForbiddenException("Bara personal på den kallade enheten kan vidarebefordra kallelsen.");
        }

        var from = await Db.Units.AsNoTracking().SingleAsync(u => u.Id == participant.UnitId, cancellationToken);
        var to = await Db.Units.AsNoTracking().SingleAsync(u => u.Id == command.ToUnitId, cancellationToken);
        var policy = await PlanChanges.PolicyAsync(Db, cancellationToken);
        return plan.ForwardInvitation(participant.Id, from, to, user.UserId, command.Reason, policy, now).Id;
    }
}
