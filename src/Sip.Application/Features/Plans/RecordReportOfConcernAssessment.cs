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
    bool ParentAndChildInformed = false) : ICommand<PlanChanged>, IPlanCommand
{
    /// <summary>The report that was made, or none.</summary>
    internal ReportOfConcern? Report() =>
        ReportMade ? new ReportOfConcern(ReportMadeOn!.Value, SocialServices!, ParentAndChildInformed) : null;
}

public sealed class RecordReportOfConcernAssessmentValidator : AbstractValidator<RecordReportOfConcernAssessment>
{
    public RecordReportOfConcernAssessmentValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.Assessment)
            .RequiredText("Beskriv bedömningen av om en orosanmälan behövs.", "Bedömningen får vara högst 4 000 tecken.");
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
    : PlainPlanCommandHandler<RecordReportOfConcernAssessment>(db, clock)
{
    protected override void Apply(SipPlan plan, RecordReportOfConcernAssessment command, DateTimeOffset now) =>
        plan.RecordReportOfConcernAssessment(command.Assessment, command.Report(), now);
}
