namespace Sip.Application.Features.Plans;

/// <summary>
/// Records the person's need of a tolk (with the language) or other communication support (rule 25);
/// every meeting and every kallelse to a unit shows it. All empty removes it.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record RecordCommunicationNeed(
    Guid PlanId, int ExpectedVersion, bool InterpreterNeeded, string? Language, string? OtherSupport)
    : ICommand<PlanChanged>, IPlanCommand;

public sealed class RecordCommunicationNeedValidator : AbstractValidator<RecordCommunicationNeed>
{
    public RecordCommunicationNeedValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.Language).MaximumLength(100).WithMessage("Språket får vara högst 100 tecken.");
        RuleFor(x => x.OtherSupport).MaximumLength(1000).WithMessage("Kommunikationsstödet får vara högst 1 000 tecken.");
    }
}

public sealed class RecordCommunicationNeedHandler(ISipDbContext db, TimeProvider clock)
    : PlainPlanCommandHandler<RecordCommunicationNeed>(db, clock)
{
    protected override void Apply(SipPlan plan, RecordCommunicationNeed command, DateTimeOffset now) =>
        plan.RecordCommunicationNeed(command.InterpreterNeeded, command.Language, command.OtherSupport, now);
}
