namespace Sip.Application.Features.Plans;

/// <summary>
/// With children in the household: whether an orosanmälan is needed, and why, for the version being
/// drawn up (rule 12c); when a report was made, when, to which social services, and whether parent
/// and child were told.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record RecordReportOfConcernAssessment(
    Guid PlanId,
    int ExpectedVersion,
    string Assessment,
    bool ReportMade = false,
    DateOnly? ReportMadeOn = null,
    string? SocialServices = null,
    bool ParentAndChildInformed = false) : ICommand<PlanChanged>, IPlanCommand;

public sealed class RecordReportOfConcernAssessmentValidator : AbstractValidator<RecordReportOfConcernAssessment>
{
    public RecordReportOfConcernAssessmentValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.Assessment)
            .NotEmpty().WithMessage("Beskriv bedömningen av om en orosanmälan behövs.")
            .MaximumLength(4000).WithMessage("Bedömningen får vara högst 4 000 tecken.");
        RuleFor(x => x.ReportMadeOn)
            .NotNull().WithMessage("Ange vilken dag orosanmälan gjordes.")
            .When(x => x.ReportMade);
        RuleFor(x => x.SocialServices)
            .NotEmpty().WithMessage("Ange vilken socialtjänst orosanmälan gjordes till.")
            .When(x => x.ReportMade);
        RuleFor(x => x.SocialServices)
            .MaximumLength(200).WithMessage("Socialtjänstens namn får vara högst 200 tecken.");
    }
}

public sealed class RecordReportOfConcernAssessmentHandler(ISipDbContext db, TimeProvider clock)
    : ICommandHandler<RecordReportOfConcernAssessment, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(RecordReportOfConcernAssessment command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken);
        var report = command.ReportMade
            ? new ReportOfConcern(command.ReportMadeOn!.Value, command.SocialServices!, command.ParentAndChildInformed)
            : null;
        plan.RecordReportOfConcernAssessment(command.Assessment, report, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken);
    }
}
