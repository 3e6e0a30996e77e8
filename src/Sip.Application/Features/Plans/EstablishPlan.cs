namespace Sip.Application.Features.Plans;

/// <summary>
/// Establishes the plan: every precondition of the domain brief is checked, an immutable version
/// (the written plan the person receives) is stored and the first follow-up scheduled.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record EstablishPlan(
    Guid PlanId, int ExpectedVersion, bool PersonParticipated, string? PersonAbsenceReason, bool PersonApproved,
    DateOnly? NextFollowUpOn) : ICommand<PlanChanged>, INewVersion;

public sealed class EstablishPlanValidator : AbstractValidator<EstablishPlan>
{
    public EstablishPlanValidator(TimeProvider clock)
    {
        this.ValidateNewVersion(clock);
    }
}

public sealed class EstablishPlanHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : PlanCommandHandler<EstablishPlan>(db, clock)
{
    protected override async ValueTask<Guid?> ApplyAsync(
        SipPlan plan, EstablishPlan command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (kinds, policy) = await NewVersionRules.ContextAsync(Db, plan, cancellationToken);
        return plan.Establish(kinds, command.ToEstablishment(), user.UserId, policy, now).Id;
    }
}
