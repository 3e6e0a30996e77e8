namespace Sip.Application.Features.Consent;

/// <summary>
/// Records the person's (or the guardians', or a representative's within the mandate: rule 25)
/// consent and which organisations may share information, narrowed to named units where the
/// person wants it (rule 30); empty <see cref="ScopeUnitIds"/> leaves each organisation whole.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record RecordConsent(
    Guid PlanId,
    int ExpectedVersion,
    ConsentGiver GivenBy,
    string? GuardianNames,
    ConsentForm Form,
    IReadOnlyList<Guid> ScopeOrganizationIds,
    bool NextOfKinMayTakePart,
    string? ChildsView,
    IReadOnlyList<Guid>? ScopeUnitIds = null,
    Guid? RepresentativeParticipantId = null) : ICommand<PlanChanged>, IPlanCommand;

public sealed class RecordConsentValidator : AbstractValidator<RecordConsent>
{
    public RecordConsentValidator(ISipDbContext db)
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.GivenBy).IsInEnum().WithMessage("Ange vem som lämnat samtycket.");
        RuleFor(x => x.Form).IsInEnum().WithMessage("Ange om samtycket är skriftligt eller muntligt.");
        RuleFor(x => x.GuardianNames).MaximumLength(400).WithMessage("Vårdnadshavarnas namn får vara högst 400 tecken.");
        RuleFor(x => x.ChildsView).MaximumLength(4000).WithMessage("Barnets synpunkter får vara högst 4 000 tecken.");
        RuleFor(x => x.ScopeOrganizationIds)
            .NotEmpty().WithMessage("Ange vilka organisationer som får dela information.")
            .MustAsync(async (ids, ct) =>
            {
                var distinct = ids.Distinct().ToList();
                return await db.Organizations.CountAsync(o => distinct.Contains(o.Id), ct) == distinct.Count;
            })
            .WithMessage("En av organisationerna finns inte.")
            .When(x => x.ScopeOrganizationIds is { Count: > 0 }, ApplyConditionTo.CurrentValidator);
        RuleFor(x => x.ScopeUnitIds)
            .Must(ids => ids!.Count <= 200).WithMessage("Ange högst 200 enheter.")
            .MustAsync(async (ids, ct) =>
            {
                var distinct = ids!.Distinct().ToList();
                return await db.Units.CountAsync(u => distinct.Contains(u.Id), ct) == distinct.Count;
            })
            .WithMessage("En av enheterna finns inte.")
            .When(x => x.ScopeUnitIds is { Count: > 0 });
        RuleFor(x => x.RepresentativeParticipantId)
            .Null().WithMessage("Ange ställföreträdare bara när god man, förvaltare eller ombud lämnar samtycket.")
            .When(x => x.GivenBy != ConsentGiver.Representative);
    }
}

public sealed class RecordConsentHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : PlanCommandHandler<RecordConsent>(db, clock)
{
    protected override async ValueTask<Guid?> ApplyAsync(
        SipPlan plan, RecordConsent command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unitIds = command.ScopeUnitIds?.Distinct().ToList() ?? [];
        var units = unitIds.Count == 0
            ? []
            : await Db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToListAsync(cancellationToken);
        var consent = plan.RecordConsent(
            command.GivenBy, command.GuardianNames, command.Form, command.ScopeOrganizationIds, command.NextOfKinMayTakePart,
            command.ChildsView, user.UserId, now, units, command.RepresentativeParticipantId);
        return consent.Id;
    }
}
