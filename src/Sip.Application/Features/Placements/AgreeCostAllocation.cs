namespace Sip.Application.Features.Placements;

/// <summary>
/// The signed-in manager agrees to the proposed allocation for their principal: the side is the
/// principal of the unit they act for, and their name and title are taken from their account.
/// When both sides have agreed, it is settled.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record AgreeCostAllocation(Guid PlanId, int ExpectedVersion) : ICommand<PlanChanged>, IPlanCommand;

public sealed class AgreeCostAllocationValidator : AbstractValidator<AgreeCostAllocation>
{
    public AgreeCostAllocationValidator() => this.ValidatePlanCommand();
}

public sealed class AgreeCostAllocationHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : PlanCommandHandler<AgreeCostAllocation>(db, clock)
{
    protected override async ValueTask<Guid?> ApplyAsync(
        SipPlan plan, AgreeCostAllocation command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unit = await ActingUnit.PrincipalAsync(Db, user, plan, cancellationToken);
        var account = await Db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == user.UserId, cancellationToken)
            ?? throw new ForbiddenException("Ditt konto finns inte i katalogen.");
        plan.AgreeCostAllocation(unit.OrganizationKind, CostSignatory.Manager(account), now);
        return null;
    }
}
