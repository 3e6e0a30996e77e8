using Sip.Application.Features.Placements;

namespace Sip.Application.Features.Deviations;

/// <summary>
/// Any unit taking part records a disagreement about responsibility or cost with a principal as an avvikelse
/// (rule 11). It starts with the managers at corresponding levels; nothing else in the plan waits for it.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record RaiseDeviation(
    Guid PlanId, int ExpectedVersion, Guid? CounterpartOrganizationId, string? Description,
    bool IsCostDispute) : ICommand<PlanChanged>, IPlanCommand;

public sealed class RaiseDeviationValidator : AbstractValidator<RaiseDeviation>
{
    public RaiseDeviationValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.CounterpartOrganizationId).NotEmpty().WithMessage("Ange vilken huvudman ni inte är överens med.");
        RuleFor(x => x.Description).RequiredText("Beskriv avvikelsen.", "Beskrivningen får vara högst 4000 tecken.");
    }
}

public sealed class RaiseDeviationHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : PlanCommandHandler<RaiseDeviation>(db, clock)
{
    protected override async ValueTask<Guid?> ApplyAsync(
        SipPlan plan, RaiseDeviation command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unit = await ActingUnit.ParticipantAsync(Db, user, plan, cancellationToken);
        var counterpart = await Db.Organizations.AsNoTracking()
                .SingleOrDefaultAsync(o => o.Id == command.CounterpartOrganizationId, cancellationToken)
            ?? throw new NotFoundException("Organisationen finns inte.");
        var policy = await PlanChanges.PolicyAsync(Db, cancellationToken);
        return plan.RaiseDeviation(unit.Id, counterpart, command.Description!, command.IsCostDispute, policy, now).Id;
    }
}
