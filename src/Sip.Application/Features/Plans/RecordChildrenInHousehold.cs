using Sip.Domain.Calendar;

namespace Sip.Application.Features.Plans;

/// <summary>
/// Records the children in the person's household (barn som anhöriga, HSL 5 kap. 7 §; rule 24),
/// replacing the list recorded before, and whether the children's need of information, advice and
/// support is a need of the plan. An empty list says that no children live there.
/// </summary>
[AllowedRoles(UserRole.SocialWorker, UserRole.HealthcareStaff)]
public sealed record RecordChildrenInHousehold(
    Guid PlanId,
    int ExpectedVersion,
    IReadOnlyList<RecordChildrenInHousehold.Child>? Children,
    bool ChildrensNeed = false) : ICommand<PlanChanged>, IPlanCommand
{
    /// <summary>A child by its age in years or its birth year (one of them).</summary>
    public sealed record Child(int? AgeYears, int? BirthYear, ChildLivesWith? LivesWith, ChildCustody? Custody);
}

public sealed class RecordChildrenInHouseholdValidator : AbstractValidator<RecordChildrenInHousehold>
{
    /// <summary>More than any household has; a bound on what one request may write.</summary>
    public const int MaxChildren = 20;

    public RecordChildrenInHouseholdValidator(TimeProvider clock)
    {
        this.ValidatePlanCommand();
        RuleFor(x => x.Children)
            .NotNull().WithMessage("Ange barnen i hushållet, eller en tom lista om inga barn finns.")
            .Must(c => c is null || c.Count <= MaxChildren).WithMessage("Högst 20 barn kan anges.");
        RuleFor(x => x.ChildrensNeed)
            .Must((x, need) => !need || x.Children is { Count: > 0 })
            .WithMessage("Barnens behov av information, råd och stöd kan bara tas med när barn finns i hushållet.");
        RuleForEach(x => x.Children).ChildRules(child =>
        {
            child.RuleFor(c => c)
                .Must(c => c is null || c.AgeYears is null != c.BirthYear is null)
                .OverridePropertyName(nameof(RecordChildrenInHousehold.Child.AgeYears))
                .WithMessage("Ange barnets ålder eller födelseår (ett av dem).");
            child.RuleFor(c => c.AgeYears)
                .InclusiveBetween(0, ChildInHousehold.AdultAge - 1).WithMessage("Barnets ålder ska vara 0–17 år.");
            child.RuleFor(c => c.BirthYear)
                .Must(y => y is null || (y <= Year(clock) && y >= Year(clock) - ChildInHousehold.AdultAge))
                .WithMessage("Födelseåret ska vara ett barns (under 18 år).");
            child.RuleFor(c => c.LivesWith)
                .NotNull().WithMessage("Ange var barnet bor.")
                .IsInEnum().WithMessage("Ange var barnet bor.");
            child.RuleFor(c => c.Custody)
                .NotNull().WithMessage("Ange vem som är vårdnadshavare.")
                .IsInEnum().WithMessage("Ange vem som är vårdnadshavare.");
        }).When(x => x.Children is not null);
    }

    private static int Year(TimeProvider clock) => SwedishTime.Today(clock.GetUtcNow()).Year;
}

public sealed class RecordChildrenInHouseholdHandler(ISipDbContext db, TimeProvider clock)
    : PlainPlanCommandHandler<RecordChildrenInHousehold>(db, clock)
{
    protected override void Apply(SipPlan plan, RecordChildrenInHousehold command, DateTimeOffset now) =>
        plan.RecordChildren(
            (command.Children ?? [])
                .Select(c => ChildInHousehold.Of(c.AgeYears, c.BirthYear, c.LivesWith!.Value, c.Custody!.Value, SwedishTime.Today(now)))
                .ToList(),
            command.ChildrensNeed,
            now);
}
