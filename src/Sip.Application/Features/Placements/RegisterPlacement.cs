using Sip.Domain.Organizations;

namespace Sip.Application.Features.Placements;

/// <summary>
/// Registers an HVB or other residential placement. Without a SIP first, a meeting is due within a week of the start (rule 8); an
/// acute placement makes the cost allocation due within ten working days of the decision (rule 9). Rule 26b: the legal basis, the
/// motive and the care content are required of every placement registered from now on.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record RegisterPlacement(
    Guid PlanId,
    int ExpectedVersion,
    DateOnly? DecidedOn,
    DateOnly? StartedOn,
    bool IsAcute,
    bool PrecededBySip,
    Guid? PlacingOrganizationId,
    Guid? ResidentialUnitId,
    PlacementLegalBasis? LegalBasis,
    PlacementMotive? Motive,
    string? MotiveText,
    string? CareContent) : ICommand<PlanChanged>, IPlanCommand, IPlacementDetails;

public sealed class RegisterPlacementValidator : AbstractValidator<RegisterPlacement>
{
    public RegisterPlacementValidator(ISipDbContext db, TimeProvider clock)
    {
        this.ValidatePlanCommand();
        var today = Domain.Calendar.SwedishTime.Today(clock.GetUtcNow());
        RuleFor(x => x.DecidedOn)
            .NotEmpty().WithMessage("Ange när placeringen beslutades.")
            .Must(d => d!.Value <= today.AddDays(60) && d.Value >= today.AddYears(-2))
            .WithMessage("Beslutsdatumet ska ligga inom de senaste två åren eller de närmaste två månaderna.")
            .When(x => x.DecidedOn is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(x => x.StartedOn)
            .NotEmpty().WithMessage("Ange när placeringen började eller börjar.")
            .Must((x, d) => x.DecidedOn is null || d!.Value.DayNumber >= x.DecidedOn.Value.DayNumber - 1)
            .WithMessage("Placeringen kan inte börja före beslutet.")
            .When(x => x.StartedOn is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(x => x.PlacingOrganizationId)
            .NotEmpty().WithMessage("Ange vilken huvudman som placerade.")
            .MustAsync((id, ct) => db.Organizations.AnyAsync(
                o => o.Id == id && (o.Kind == OrganizationKind.Municipality || o.Kind == OrganizationKind.Region), ct))
            .WithMessage("Den som placerar är kommunen eller regionen.")
            .When(x => x.PlacingOrganizationId is not null && x.PlacingOrganizationId != Guid.Empty, ApplyConditionTo.CurrentValidator);
        RuleFor(x => x.ResidentialUnitId)
            .MustAsync((id, ct) => db.Units.AnyAsync(u => u.Id == id && u.IsActive, ct)).WithMessage("Boendet finns inte i katalogen.")
            .When(x => x.ResidentialUnitId is not null);
        Include(new PlacementDetailsValidator());
    }
}

public sealed class RegisterPlacementHandler(ISipDbContext db, TimeProvider clock) : PlanCommandHandler<RegisterPlacement>(db, clock)
{
    protected override async ValueTask<Guid?> ApplyAsync(
        SipPlan plan, RegisterPlacement command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var policy = await PlanChanges.PolicyAsync(Db, cancellationToken);
        var placement = new HvbPlacement(
                command.DecidedOn!.Value, command.StartedOn!.Value, command.IsAcute, command.PrecededBySip, policy,
                command.PlacingOrganizationId, command.ResidentialUnitId)
            .Describe(command.LegalBasis!.Value, command.Motive!.Value, command.MotiveText, command.CareContent);
        plan.RegisterPlacement(placement, now);
        return null;
    }
}
