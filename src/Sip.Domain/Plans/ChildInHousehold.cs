using Sip.Domain.Common;

namespace Sip.Domain.Plans;

/// <summary>Where a child in the household lives (Gävleborg's Bilaga 2: "var barnen bor").</summary>
public enum ChildLivesWith
{
    /// <summary>With the person the plan is for.</summary>
    ThePerson,

    /// <summary>With the other parent.</summary>
    OtherParent,

    /// <summary>Elsewhere, e.g. with relatives.</summary>
    Elsewhere,

    /// <summary>Placed by social services (familjehem, HVB).</summary>
    Placed,
}

/// <summary>Who has custody of a child (Gävleborg's Bilaga 2: "vem som är vårdnadshavare").</summary>
public enum ChildCustody
{
    /// <summary>The person alone.</summary>
    ThePerson,

    /// <summary>The person jointly with the other parent.</summary>
    Joint,

    /// <summary>Someone else, e.g. the other parent alone.</summary>
    Other,

    /// <summary>A särskilt förordnad vårdnadshavare or social services.</summary>
    SocialServices,
}

/// <summary>
/// A child in the person's household (barn som anhöriga, HSL 5 kap. 7 §). Only what the county's
/// agreement asks for: the age, where the child lives and who has custody; never a name, so the plan
/// holds no more about a third party than the assessment needs.
/// </summary>
public sealed class ChildInHousehold
{
    /// <summary>Below this age one is a child (föräldrabalken 9 kap. 1 §).</summary>
    public const int AdultAge = 18;

    private ChildInHousehold()
    {
    }

    private ChildInHousehold(Guid id, int? ageYears, int? birthYear, ChildLivesWith livesWith, ChildCustody custody)
    {
        Id = id;
        AgeYears = ageYears;
        BirthYear = birthYear;
        LivesWith = livesWith;
        Custody = custody;
    }

    public Guid Id { get; private set; }

    /// <summary>The age in whole years when recorded; or else <see cref="BirthYear"/>.</summary>
    public int? AgeYears { get; private set; }

    public int? BirthYear { get; private set; }

    public ChildLivesWith LivesWith { get; private set; }

    public ChildCustody Custody { get; private set; }

    /// <summary>A child given by its age or by its birth year (one of them), under 18 on <paramref name="today"/>.</summary>
    public static ChildInHousehold Of(int? ageYears, int? birthYear, ChildLivesWith livesWith, ChildCustody custody, DateOnly today)
    {
        if (ageYears is null == birthYear is null)
        {
            throw new DomainException(PlanErrors.ChildAgeRequired, "Ange barnets ålder eller födelseår (ett av dem).");
        }

        // Born in the year 18 years back, the child may still be 17; a later year cannot be an adult.
        if (ageYears is < 0 or >= AdultAge || birthYear < today.Year - AdultAge || birthYear > today.Year)
        {
            throw new DomainException(PlanErrors.ChildAge, "Barnet ska vara under 18 år.");
        }

        if (!Enum.IsDefined(livesWith) || !Enum.IsDefined(custody))
        {
            throw new DomainException(PlanErrors.ChildDetails, "Ange var barnet bor och vem som är vårdnadshavare.");
        }

        return new ChildInHousehold(Guid.CreateVersion7(), ageYears, birthYear, livesWith, custody);
    }
}
