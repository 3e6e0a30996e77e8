using FluentValidation;
using Mediator;
using Sip.Application.Abstractions;
using Sip.Domain.Users;

namespace Sip.Application.Features.Consent;

/// <summary>The person withdraws consent: sharing stops now, and units outside the initiating one lose access.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record WithdrawConsent(Guid PlanId, int ExpectedVersion, string? Note) : ICommand<PlanChanged>, IPlanCommand;

public sealed class WithdrawConsentValidator : AbstractValidator<WithdrawConsent>
{
    public WithdrawConsentValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.Note).MaximumLength(2000).WithMessage("Anteckningen får vara högst 2 000 tecken.");
    }
}

public sealed class WithdrawConsentHandler(ISipDbContext db, TimeProvider clock) : ICommandHandler<WithdrawConsent, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(WithdrawConsent command, CancellationToken cancellationToken)
    {
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken).ConfigureAwait(false);
        plan.WithdrawConsent(command.Note, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken).ConfigureAwait(false);
    }
}
