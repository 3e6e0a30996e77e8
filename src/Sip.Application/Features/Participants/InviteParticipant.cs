namespace Sip.Application.Features.Participants;

/// <summary>
/// Invites a unit (a principal's unit is summoned, another actor invited) or, by name, a
/// närstående, a child's guardian, or (rule 25) a god man, förvaltare or ombud with the mandate,
/// a stödperson or a tolk.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record InviteParticipant(
    Guid PlanId,
    int ExpectedVersion,
    ParticipantKind Kind,
    Guid? UnitId,
    string? Name,
    string? Relationship,
    string? Email = null,
    string? MandateScope = null,
    bool MandateCoversConsent = false,
    DateOnly? MandateValidUntil = null) : ICommand<PlanChanged>, IPlanCommand
{
    /// <summary>The mandate as given, for a god man, förvaltare or ombud; any other gets none.</summary>
    public RepresentativeMandate? Mandate =>
        MandateScope is null && MandateValidUntil is null && !MandateCoversConsent
            ? null
            : new(MandateScope ?? string.Empty, MandateCoversConsent, MandateValidUntil);

    public bool IsUnit => Kind is ParticipantKind.PrincipalUnit or ParticipantKind.OtherActor;
}

public sealed class InviteParticipantValidator : AbstractValidator<InviteParticipant>
{
    public InviteParticipantValidator(ISipDbContext db)
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.Kind)
            .IsInEnum().WithMessage("Ange vem som bjuds in.")
            .NotEqual(ParticipantKind.Person).WithMessage("Personen själv deltar alltid och bjuds inte in.");
        When(x => x.IsUnit, () =>
        {
            RuleFor(x => x.UnitId)
                .NotEmpty().WithMessage("Välj enheten som bjuds in.")
                .MustAsync((id, ct) => db.Units.AnyAsync(u => u.Id == id && u.IsActive, ct)).WithMessage("Enheten finns inte.")
                .When(x => x.UnitId is not null && x.UnitId != Guid.Empty, ApplyConditionTo.CurrentValidator);
        });
        When(x => !x.IsUnit, () =>
        {
            RuleFor(x => x.Name).RequiredText("Ange namnet på den som bjuds in.", "Namnet får vara högst 200 tecken.", 200);
            RuleFor(x => x.Relationship).MaximumLength(100).WithMessage("Relationen får vara högst 100 tecken.");
            RuleFor(x => x.Email).ParticipantEmail();
            RuleFor(x => x.MandateScope).MaximumLength(1000).WithMessage("Uppdragets omfattning får vara högst 1 000 tecken.");
        });
        RuleFor(x => x.Email)
            .Empty().WithMessage("En enhet nås via sin funktionsbrevlåda; e-post anges bara för närstående och vårdnadshavare.")
            .When(x => x.IsUnit, ApplyConditionTo.CurrentValidator);
    }
}

public sealed class InviteParticipantHandler(ISipDbContext db, TimeProvider clock) : PlanCommandHandler<InviteParticipant>(db, clock)
{
    protected override async ValueTask<Guid?> ApplyAsync(
        SipPlan plan, InviteParticipant command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!command.IsUnit)
        {
            return plan.InvitePerson(command.Kind, command.Name!, command.Relationship, now, command.Email, command.Mandate).Id;
        }

        var unit = await Db.Units.AsNoTracking().SingleAsync(u => u.Id == command.UnitId, cancellationToken);
        var policy = await PlanChanges.PolicyAsync(Db, cancellationToken);
        return plan.InviteUnit(unit, policy, now).Id;
    }
}
