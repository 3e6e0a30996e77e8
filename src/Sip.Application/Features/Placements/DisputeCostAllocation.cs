namespace Sip.Application.Features.Placements;

/// <summary>
/// The user's principal does not agree to the proposed allocation. The ground "the placement is
/// already made" is refused (rule 7); any other becomes a cost dispute against the other principal.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record DisputeCostAllocation(Guid PlanId, int ExpectedVersion, CostDisputeGround Ground, string? Reason) : ICommand<PlanChanged>, IPlanCommand;

public sealed class DisputeCostAllocationValidator : AbstractValidator<DisputeCostAllocation>
{
    public DisputeCostAllocationValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.Ground).IsInEnum().WithMessage("Välj vad invändningen gäller.");
        RuleFor(x => x.Reason)
            .NotEmpty().WithMessage("Beskriv vad ni inte är överens om.")
            .MaximumLength(2000).WithMessage("Beskrivningen får vara högst 2000 tecken.");
    }
}

public sealed class DisputeCostAllocationHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DisputeCostAllocation, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(DisputeCostAllocation command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken);
        var unit = await ActingUnit.PrincipalAsync(db, user, plan, cancellationToken);
        var other = await ActingUnit.OtherPrincipalAsync(db, plan, unit.OrganizationKind, cancellationToken);
        var policy = await PlanChanges.PolicyAsync(db, cancellationToken);
        var deviation = plan.DisputeCostAllocation(unit.Id, other, command.Ground, command.Reason!, policy, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken, deviation.Id);
    }
}
