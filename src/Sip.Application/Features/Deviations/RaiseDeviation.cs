using Sip.Application.Features.Placements;

namespace Sip.Application.Features.Deviations;

/// <summary>
/// Any unit taking part records a disagreement about responsibility or cost with a principal as an avvikelse
/// (rule 11). It starts with the managers at corresponding levels; nothing else in the plan waits for it.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record RaiseDeviation(Guid PlanId, int ExpectedVersion, Guid? CounterpartOrganizationId, string? Description, bool IsCostDispute) : ICommand<PlanChanged>, IPlanCommand;

public sealed class RaiseDeviationValidator : AbstractValidator<RaiseDeviation>
{
    public RaiseDeviationValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.CounterpartOrganizationId).NotEmpty().WithMessage("Ange vilken huvudman ni inte är överens med.");
        RuleFor(x => x.Description)
            .NotEmpty().WithMessage("Beskriv avvikelsen.")
            .MaximumLength(4000).WithMessage("Beskrivningen får vara högst 4000 tecken.");
    }
}

public sealed class RaiseDeviationHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RaiseDeviation, PlanChanged>
{
    public async ValueTask<PlanChanged> Handle(RaiseDeviation command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var plan = await PlanChanges.LoadAsync(db, command, cancellationToken);
        var unit = await ActingUnit.ParticipantAsync(db, user, plan, cancellationToken);
        var counterpart = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == command.CounterpartOrganizationId, cancellationToken)
            ?? throw new NotFoundException("Organisationen finns inte.");
        var policy = await PlanChanges.PolicyAsync(db, cancellationToken);
        var deviation = plan.RaiseDeviation(unit.Id, counterpart, command.Description!, command.IsCostDispute, policy, clock.GetUtcNow());
        return await PlanChanges.SaveAsync(db, plan, cancellationToken, deviation.Id);
    }
}
