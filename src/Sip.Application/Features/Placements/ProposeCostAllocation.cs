namespace Sip.Application.Features.Placements;

/// <summary>Proposes the ansvarsförbindelse: each principal's share of the placement's cost and the basis for it.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record ProposeCostAllocation(
    Guid PlanId, int ExpectedVersion, CostShareKind ShareKind, decimal MunicipalityShare, decimal RegionShare,
    string? Basis) : ICommand<PlanChanged>, IPlanCommand;

public sealed class ProposeCostAllocationValidator : AbstractValidator<ProposeCostAllocation>
{
    public ProposeCostAllocationValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.ShareKind).IsInEnum().WithMessage("Välj hur andelarna anges.");
        RuleFor(x => x.MunicipalityShare).InclusiveBetween(0, 10_000_000).WithMessage("Kommunens andel ska vara mellan 0 och 10 000 000.");
        RuleFor(x => x.RegionShare).InclusiveBetween(0, 10_000_000).WithMessage("Regionens andel ska vara mellan 0 och 10 000 000.");
        RuleFor(x => x.RegionShare)
            .Must((x, region) => x.MunicipalityShare + region == 100)
            .WithMessage("Kommunens och regionens andelar ska tillsammans vara 100 procent.")
            .When(x => x.ShareKind == CostShareKind.Percent, ApplyConditionTo.CurrentValidator);
        RuleFor(x => x.Basis).RequiredText("Ange underlaget för bedömningen av fördelningen.", "Underlaget får vara högst 4000 tecken.");
    }
}

public sealed class ProposeCostAllocationHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : PlanCommandHandler<ProposeCostAllocation>(db, clock)
{
    protected override async ValueTask<Guid?> ApplyAsync(
        SipPlan plan, ProposeCostAllocation command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unit = await ActingUnit.PrincipalAsync(Db, user, plan, cancellationToken);
        var proposal = plan.ProposeCostAllocation(
            command.ShareKind, command.MunicipalityShare, command.RegionShare, command.Basis!, unit.Id, now);
        return proposal.Id;
    }
}
