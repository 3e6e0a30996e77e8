namespace Sip.Application.Features.Plans;

/// <summary>The person's own goals, in their own words, and the needs the plan answers.</summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record RecordGoalsAndNeeds(
    Guid PlanId, int ExpectedVersion, string? PersonGoals, IReadOnlyList<string>? Needs) : ICommand<PlanChanged>, IPlanCommand;

public sealed class RecordGoalsAndNeedsValidator : AbstractValidator<RecordGoalsAndNeeds>
{
    public RecordGoalsAndNeedsValidator()
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.PersonGoals).MaximumLength(8000).WithMessage("Målen får vara högst 8 000 tecken.");
        RuleFor(x => x.Needs).Must(n => n is null || n.Count <= 30).WithMessage("Ange högst 30 behov.");
        RuleForEach(x => x.Needs).NotEmpty().WithMessage("Ett behov får inte vara tomt.").MaximumLength(2000)
            .WithMessage("Ett behov får vara högst 2 000 tecken.");
    }
}

public sealed class RecordGoalsAndNeedsHandler(ISipDbContext db, TimeProvider clock)
    : PlainPlanCommandHandler<RecordGoalsAndNeeds>(db, clock)
{
    protected override void Apply(SipPlan plan, RecordGoalsAndNeeds command, DateTimeOffset now) =>
        plan.RecordGoalsAndNeeds(command.PersonGoals, command.Needs ?? [], now);
}
