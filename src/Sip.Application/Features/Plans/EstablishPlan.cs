namespace Sip.Application.Features.Plans;

/// <summary>
/// Establishes the plan: every precondition of the domain brief is checked, an immutable version
/// (the written plan the person receives) is stored and the first follow-up scheduled.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record EstablishPlan(Guid PlanId, int ExpectedVersion, bool PersonParticipated, string? PersonAbsenceReason, bool PersonApproved, DateOnly? NextFollowUpOn) : ICommand<PlanChanged>, INewVersion;

public sealed class EstablishPlanValidator : AbstractValidator<EstablishPlan>
{
    public EstablishPlanValidator(TimeProvider clock)
    {
        this.ValidateNewVersion(clock);
    }
}

public sealed class EstablishPlanHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<EstablishPlan, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(EstablishPlan command, CancellationToken cancellationToken)
    {
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken);
        var kinds = await PlanChanges.UnitKindsAsync(db, plan, cancellationToken);
        var policy = await PlanChanges.PolicyAsync(db, cancellationToken);
        var version = plan.Establish(kinds, new Establishment(command.PersonParticipated, command.PersonAbsenceReason, command.PersonApproved, command.NextFollowUpOn), user.UserId, policy, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken, version.Id);
    }
}
