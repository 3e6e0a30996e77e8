namespace Sip.Application.Features.Placements;

/// <summary>
/// The user's principal does not agree to the proposed allocation. The ground "the placement is
/// already made" is refused (rule 7); any other becomes a cost dispute against the other principal.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record DisputeCostAllocation(
    Guid PlanId, int ExpectedVersion, CostDisputeGround Ground, string? Reason) : ICommand<PlanChanged>, IPlanCommand;

public sealed class DisputeCostAllocationValidator : AbstractValidator<DisputeCostAllocation>
{
    public DisputeCostAllocationValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.Ground).IsInEnum().WithMessage("Välj vad invändningen gäller.");
        RuleFor(x => x.Reason).RequiredText("Beskriv vad ni inte är överens om.", "Beskrivningen får vara högst 2000 tecken.", 2000);
    }
}

public sealed class DisputeCostAllocationHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : PlanCommandHandler<DisputeCostAllocation>(db, clock)
{
    protected override async ValueTask<Guid?> ApplyAsync(
        SipPlan plan, DisputeCostAllocation command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unit = await ActingUnit.PrincipalAsync(Db, user, plan, cancellationToken);
        var other = await ActingUnit.OtherPrincipalAsync(Db, plan, unit.OrganizationKind, cancellationToken);
        var policy = await PlanChanges.PolicyAsync(Db, cancellationToken);
        return plan.DisputeCostAllocation(unit.Id, other, command.Ground, command.Reason!, policy, now).Id;
    }
}
