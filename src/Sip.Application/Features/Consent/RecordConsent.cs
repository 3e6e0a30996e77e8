using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Domain.Plans;
using Sip.Domain.Users;

namespace Sip.Application.Features.Consent;

/// <summary>Records the person's (or the guardians') consent and which organisations may share information.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record RecordConsent(
    Guid PlanId,
    int ExpectedVersion,
    ConsentGiver GivenBy,
    string? GuardianNames,
    ConsentForm Form,
    IReadOnlyList<Guid> ScopeOrganizationIds,
    bool NextOfKinMayTakePart,
    string? ChildsView) : ICommand<PlanChanged>, IPlanCommand;

public sealed class RecordConsentValidator : AbstractValidator<RecordConsent>
{
    public RecordConsentValidator(ISipDbContext db)
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.GivenBy).IsInEnum().WithMessage("Ange vem som lämnat samtycket.");
        RuleFor(x => x.Form).IsInEnum().WithMessage("Ange om samtycket är skriftligt eller muntligt.");
        RuleFor(x => x.GuardianNames).MaximumLength(400).WithMessage("Vårdnadshavarnas namn får vara högst 400 tecken.");
        RuleFor(x => x.ChildsView).MaximumLength(4000).WithMessage("Barnets synpunkter får vara högst 4 000 tecken.");
        RuleFor(x => x.ScopeOrganizationIds)
            .NotEmpty().WithMessage("Ange vilka organisationer som får dela information.")
            .MustAsync(async (ids, ct) =>
            {
                var distinct = ids.Distinct().ToList();
                return await db.Organizations.CountAsync(o => distinct.Contains(o.Id), ct).ConfigureAwait(false) == distinct.Count;
            })
            .WithMessage("En av organisationerna finns inte.")
            .When(x => x.ScopeOrganizationIds is { Count: > 0 }, ApplyConditionTo.CurrentValidator);
    }
}

public sealed class RecordConsentHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RecordConsent, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(RecordConsent command, CancellationToken cancellationToken)
    {
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken).ConfigureAwait(false);
        var consent = plan.RecordConsent(command.GivenBy, command.GuardianNames, command.Form, command.ScopeOrganizationIds, command.NextOfKinMayTakePart, command.ChildsView, user.UserId, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken, consent.Id).ConfigureAwait(false);
    }
}
