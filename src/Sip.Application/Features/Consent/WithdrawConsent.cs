namespace Sip.Application.Features.Consent;

/// <summary>
/// The person, or a god man, förvaltare or ombud within the mandate (rule 25), withdraws consent:
/// sharing stops now, and units outside the initiating one lose access.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record WithdrawConsent(Guid PlanId, int ExpectedVersion, string? Note, Guid? RepresentativeParticipantId = null)
    : ICommand<PlanChanged>, IPlanCommand;

public sealed class WithdrawConsentValidator : AbstractValidator<WithdrawConsent>
{
    public WithdrawConsentValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.Note).MaximumLength(2000).WithMessage("Anteckningen får vara högst 2 000 tecken.");
        RuleFor(x => x.RepresentativeParticipantId).NotEqual(Guid.Empty).WithMessage("Välj den som återkallar samtycket.");
    }
}

public sealed class WithdrawConsentHandler(ISipDbContext db, TimeProvider clock) : PlainPlanCommandHandler<WithdrawConsent>(db, clock)
{
    protected override void Apply(SipPlan plan, WithdrawConsent command, DateTimeOffset now) =>
        plan.WithdrawConsent(command.Note, now, command.RepresentativeParticipantId);
}
