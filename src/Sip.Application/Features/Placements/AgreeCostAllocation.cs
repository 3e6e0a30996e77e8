using FluentValidation;
using Mediator;
using Sip.Application.Abstractions;
using Sip.Domain.Users;

namespace Sip.Application.Features.Placements;

/// <summary>
/// Records that a manager of the user's principal agreed to the proposed allocation. The side is
/// the principal of the unit the user acts for; when both sides have agreed, it is settled.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record AgreeCostAllocation(Guid PlanId, int ExpectedVersion, string? Signatory, string? SignatoryTitle) : ICommand<PlanChanged>, IPlanCommand;

public sealed class AgreeCostAllocationValidator : AbstractValidator<AgreeCostAllocation>
{
    public AgreeCostAllocationValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.Signatory)
            .NotEmpty().WithMessage("Ange namnet på chefen som godkänner.")
            .MaximumLength(200).WithMessage("Namnet får vara högst 200 tecken.");
        RuleFor(x => x.SignatoryTitle)
            .NotEmpty().WithMessage("Ange chefens befattning, t.ex. enhetschef.")
            .MaximumLength(100).WithMessage("Befattningen får vara högst 100 tecken.");
    }
}

public sealed class AgreeCostAllocationHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AgreeCostAllocation, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(AgreeCostAllocation command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken).ConfigureAwait(false);
        var unit = await ActingUnit.PrincipalAsync(db, user, plan, cancellationToken).ConfigureAwait(false);
        plan.AgreeCostAllocation(unit.OrganizationKind, command.Signatory!, command.SignatoryTitle!, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken).ConfigureAwait(false);
    }
}
