namespace Sip.Application.Features.FollowUps;

/// <summary>A follow-up revises the plan: the same preconditions as establishing, and a new version.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record RecordFollowUp(
    Guid PlanId, int ExpectedVersion, Guid FollowUpId, string Summary, bool PersonParticipated, string? PersonAbsenceReason,
    bool PersonApproved, DateOnly? NextFollowUpOn) : ICommand<PlanChanged>, INewVersion;

public sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUp>
{
    public RecordFollowUpValidator(TimeProvider clock)
    {
        this.ValidateNewVersion(clock);
        RuleFor(x => x.FollowUpId).NotEmpty().WithMessage("Ange vilken uppföljning som görs.");
        RuleFor(x => x.Summary).RequiredText("Sammanfatta uppföljningen.", "Sammanfattningen får vara högst 8 000 tecken.", 8000);
    }
}

public sealed class RecordFollowUpHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : PlanCommandHandler<RecordFollowUp>(db, clock)
{
    protected override async ValueTask<Guid?> ApplyAsync(
        SipPlan plan, RecordFollowUp command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (kinds, policy) = await NewVersionRules.ContextAsync(Db, plan, cancellationToken);
        return plan.RecordFollowUp(command.FollowUpId, command.Summary, kinds, command.ToEstablishment(), user.UserId, policy, now).Id;
    }
}
