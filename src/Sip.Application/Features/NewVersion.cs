using Sip.Domain.Calendar;
using Sip.Domain.Organizations;
using Sip.Domain.Policies;

namespace Sip.Application.Features;

/// <summary>
/// A command that ends in a new version of the plan, establishing it or following it up: both record whether
/// the person took part, why not, and when the next follow-up is, under the same rules.
/// </summary>
public interface INewVersion : IPlanCommand
{
    bool PersonParticipated { get; }

    string? PersonAbsenceReason { get; }

    bool PersonApproved { get; }

    DateOnly? NextFollowUpOn { get; }
}

public static class NewVersionRules
{
    /// <summary>The rules of <see cref="INewVersion"/>; the absence reason's limit is its column's.</summary>
    public static void ValidateNewVersion<T>(this AbstractValidator<T> validator, TimeProvider clock)
        where T : INewVersion
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.ValidatePlanCommand();
        validator.RuleFor(x => x.PersonAbsenceReason)
            .NotEmpty().When(x => !x.PersonParticipated).WithMessage("Ange varför personen inte deltog.");
        validator.RuleFor(x => x.PersonAbsenceReason).MaximumLength(2000).WithMessage("Skälet får vara högst 2 000 tecken.");
        validator.RuleFor(x => x.NextFollowUpOn)
            .Must(d => d is null || d > SwedishTime.Today(clock.GetUtcNow())).WithMessage("Nästa uppföljning måste ligga fram i tiden.");
    }

    /// <summary>How the person took part in the new version and approved it, as the domain takes it.</summary>
    public static Establishment ToEstablishment(this INewVersion command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new(command.PersonParticipated, command.PersonAbsenceReason, command.PersonApproved, command.NextFollowUpOn);
    }

    /// <summary>What a new version's rules read besides the plan: the principal each unit acts for, and the county policy.</summary>
    public static async Task<(IReadOnlyDictionary<Guid, OrganizationKind> Kinds, CountyPolicy Policy)> ContextAsync(
        ISipDbContext db, SipPlan plan, CancellationToken cancellationToken) =>
        (await PlanChanges.UnitKindsAsync(db, plan, cancellationToken), await PlanChanges.PolicyAsync(db, cancellationToken));
}
