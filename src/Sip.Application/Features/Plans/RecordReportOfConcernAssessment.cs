using FluentValidation;
using Mediator;
using Sip.Application.Abstractions;
using Sip.Domain.Users;

namespace Sip.Application.Features.Plans;

/// <summary>With children in the household: whether an orosanmälan is needed, and why.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record RecordReportOfConcernAssessment(Guid PlanId, int ExpectedVersion, string Assessment) : ICommand<PlanChanged>, IPlanCommand;

public sealed class RecordReportOfConcernAssessmentValidator : AbstractValidator<RecordReportOfConcernAssessment>
{
    public RecordReportOfConcernAssessmentValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.Assessment)
            .NotEmpty().WithMessage("Beskriv bedömningen av om en orosanmälan behövs.")
            .MaximumLength(4000).WithMessage("Bedömningen får vara högst 4 000 tecken.");
    }
}

public sealed class RecordReportOfConcernAssessmentHandler(ISipDbContext db, TimeProvider clock) : ICommandHandler<RecordReportOfConcernAssessment, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(RecordReportOfConcernAssessment command, CancellationToken cancellationToken)
    {
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken).ConfigureAwait(false);
        plan.RecordReportOfConcernAssessment(command.Assessment, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken).ConfigureAwait(false);
    }
}
