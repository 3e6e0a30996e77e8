using Sip.Domain.Actions;

namespace Sip.Application.Features.Actions;

/// <summary>Proposes an insats for a unit taking part; the unit's own staff then accept or reject it.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record ProposeAction(
    Guid PlanId, int ExpectedVersion, string ActionTypeCode, Guid OwningUnitId, Guid? NeedId, string Description, DateOnly? StartOn,
    DateOnly? DueOn) : ICommand<PlanChanged>, IPlanCommand;

public sealed class ProposeActionValidator : AbstractValidator<ProposeAction>
{
    public ProposeActionValidator(ISipDbContext db)
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.ActionTypeCode)
            .NotEmpty().WithMessage("Välj typ av insats.")
            .Must(code => ActionTypeCatalog.Find(code) is not null).WithMessage("Insatstypen finns inte i katalogen.")
            .When(x => !string.IsNullOrEmpty(x.ActionTypeCode), ApplyConditionTo.CurrentValidator);
        RuleFor(x => x.OwningUnitId)
            .NotEmpty().WithMessage("Välj den enhet som ansvarar för insatsen.")
            .MustAsync((id, ct) => db.Units.AnyAsync(u => u.Id == id && u.IsActive, ct)).WithMessage("Enheten finns inte.")
            .When(x => x.OwningUnitId != Guid.Empty, ApplyConditionTo.CurrentValidator);
        RuleFor(x => x.Description).RequiredText("Beskriv insatsen.", "Beskrivningen får vara högst 4 000 tecken.");
        RuleFor(x => x.DueOn)
            .Must((x, due) => due is null || x.StartOn is null || due >= x.StartOn)
            .WithMessage("Slutdatum kan inte ligga före startdatum.");
    }
}

public sealed class ProposeActionHandler(ISipDbContext db, ICurrentUser user, TimeProvider clock)
    : PlanCommandHandler<ProposeAction>(db, clock)
{
    protected override async ValueTask<Guid?> ApplyAsync(
        SipPlan plan, ProposeAction command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unit = await Db.Units.AsNoTracking().SingleAsync(u => u.Id == command.OwningUnitId, cancellationToken);
        var policy = await PlanChanges.PolicyAsync(Db, cancellationToken);
        var type = ActionTypeCatalog.Find(command.ActionTypeCode)!;
        return plan.ProposeAction(
            type, unit, command.NeedId, command.Description, command.StartOn, command.DueOn, user.UserId, policy, now).Id;
    }
}
