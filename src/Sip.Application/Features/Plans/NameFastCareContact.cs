namespace Sip.Application.Features.Plans;

/// <summary>Names (or replaces) the fast vårdkontakt in the region's care on the plan (rule 29).</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record NameFastCareContact(Guid PlanId, int ExpectedVersion, Guid UnitId, string Name, string? Telephone)
    : ICommand<PlanChanged>, IPlanCommand;

public sealed class NameFastCareContactValidator : AbstractValidator<NameFastCareContact>
{
    public NameFastCareContactValidator(ISipDbContext db)
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.UnitId)
            .NotEmpty().WithMessage("Välj den enhet där den fasta vårdkontakten arbetar.")
            .MustAsync((id, ct) => db.Units.AnyAsync(u => u.Id == id && u.IsActive, ct)).WithMessage("Enheten finns inte.")
            .When(x => x.UnitId != Guid.Empty, ApplyConditionTo.CurrentValidator);
        RuleFor(x => x.Name).RequiredText("Ange namnet på den fasta vårdkontakten.", "Namnet får vara högst 200 tecken.", 200);
        RuleFor(x => x.Telephone)
            .MaximumLength(40).WithMessage("Telefonnumret får vara högst 40 tecken.")
            .Matches(@"^\+?[0-9][0-9 \-]*$").WithMessage("Ange telefonnumret med siffror, t.ex. 063-14 30 00.")
            .When(x => !string.IsNullOrWhiteSpace(x.Telephone));
    }
}

public sealed class NameFastCareContactHandler(ISipDbContext db, TimeProvider clock) : PlanCommandHandler<NameFastCareContact>(db, clock)
{
    protected override async ValueTask<Guid?> ApplyAsync(
        SipPlan plan, NameFastCareContact command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unit = await Db.Units.AsNoTracking().SingleAsync(u => u.Id == command.UnitId, cancellationToken);
        plan.NameFastCareContact(unit, command.Name, command.Telephone, now);
        return null;
    }
}
