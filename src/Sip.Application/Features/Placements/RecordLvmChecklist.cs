namespace Sip.Application.Features.Placements;

/// <summary>
/// Rule 27: the LVM checklist of a placement under LVM — the health service's notification under 6 § LVM
/// (who made it and when) and where the läkarintyg is written (001 2.7: "i forsta hand av primarvard").
/// Either step may be sent alone; the placement shows the checklist open until both are recorded.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record RecordLvmChecklist(
    Guid PlanId, int ExpectedVersion, string? NotifiedBy, DateOnly? NotifiedOn, string? CertificateWrittenAt)
    : ICommand<PlanChanged>, IPlanCommand;

public sealed class RecordLvmChecklistValidator : AbstractValidator<RecordLvmChecklist>
{
    public RecordLvmChecklistValidator(TimeProvider clock)
    {
        this.ValidatePlanCommand();
        var today = Domain.Calendar.SwedishTime.Today(clock.GetUtcNow());
        RuleFor(x => x.NotifiedBy)
            .NotEmpty().WithMessage("Ange vem som anmälde enligt 6 § LVM.")
            .When(x => x.NotifiedOn is not null || string.IsNullOrWhiteSpace(x.CertificateWrittenAt));
        RuleFor(x => x.NotifiedBy).MaximumLength(200).WithMessage("Högst 200 tecken.");
        RuleFor(x => x.NotifiedOn)
            .NotEmpty().WithMessage("Ange när anmälan enligt 6 § LVM gjordes.")
            .When(x => !string.IsNullOrWhiteSpace(x.NotifiedBy) || string.IsNullOrWhiteSpace(x.CertificateWrittenAt));
        RuleFor(x => x.NotifiedOn)
            .Must(d => d!.Value <= today && d.Value >= today.AddYears(-2))
            .WithMessage("Anmälan ska vara gjord och inom de senaste två åren.")
            .When(x => x.NotifiedOn is not null);
        RuleFor(x => x.CertificateWrittenAt).MaximumLength(200).WithMessage("Högst 200 tecken.");
    }
}

public sealed class RecordLvmChecklistHandler(ISipDbContext db, TimeProvider clock) : PlainPlanCommandHandler<RecordLvmChecklist>(db, clock)
{
    protected override void Apply(SipPlan plan, RecordLvmChecklist command, DateTimeOffset now) =>
        plan.RecordLvmChecklist(command.NotifiedBy, command.NotifiedOn, command.CertificateWrittenAt, now);
}
