namespace Sip.Application.Features.FollowUps;

/// <summary>A follow-up revises the plan: the same preconditions as establishing, and a new version.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record RecordFollowUp(Guid PlanId, int ExpectedVersion, Guid FollowUpId, string Summary, bool PersonParticipated, string? PersonAbsenceReason, bool PersonApproved, DateOnly? NextFollowUpOn) : ICommand<PlanChanged>, INewVersion;

public sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUp>
{
    public RecordFollowUpValidator(TimeProvider clock)
    {
        this.ValidateNewVersion(clock);
        RuleFor(x => x.FollowUpId).NotEmpty().WithMessage("Ange vilken uppföljning som görs.");
        RuleFor(x => x.Summary)
            .NotEmpty().WithMessage("Sammanfatta uppföljningen.")
            .MaximumLength(8000).WithMessage("Sammanfattningen får vara högst 8 000 tecken.");
    }
}

public sealed class RecordFollowUpHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RecordFollowUp, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(RecordFollowUp command, CancellationToken cancellationToken)
    {
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken);
        var kinds = await PlanChanges.UnitKindsAsync(db, plan, cancellationToken);
        var policy = await PlanChanges.PolicyAsync(db, cancellationToken);
        var version = plan.RecordFollowUp(command.FollowUpId, command.Summary, kinds, new Establishment(command.PersonParticipated, command.PersonAbsenceReason, command.PersonApproved, command.NextFollowUpOn), user.UserId, policy, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken, version.Id);
    }
}
