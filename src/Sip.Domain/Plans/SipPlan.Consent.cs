using Sip.Domain.Calendar;
using Sip.Domain.Common;

namespace Sip.Domain.Plans;

public sealed partial class SipPlan
{
    /// <summary>Practice 18: from 15 a young person consents without the guardians.</summary>
    public const int AgeOfOwnConsent = 15;

    public const int AgeOfMajority = 18;

    /// <summary>
    /// Records consent (rule 1). The initiating organisation is always in scope: it holds the case.
    /// A new consent replaces the active one, so the scope can be widened or narrowed.
    /// </summary>
    public ConsentRecord RecordConsent(
        ConsentGiver givenBy,
        string? guardianNames,
        ConsentForm form,
        IReadOnlyCollection<Guid> scopeOrganizationIds,
        bool nextOfKinMayTakePart,
        string? childsView,
        Guid recordedByUserId,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(scopeOrganizationIds);
        EnsureOpen();
        var age = Person.AgeOn(SwedishTime.Today(now));
        if (givenBy == ConsentGiver.Person && age < AgeOfOwnConsent)
        {
            throw new DomainException(PlanErrors.ConsentGiverByAge, $"Personen är under {AgeOfOwnConsent} år: vårdnadshavarna lämnar samtycke och barnets egen syn antecknas.");
        }

        if (givenBy == ConsentGiver.Guardians && age >= AgeOfMajority)
        {
            throw new DomainException(PlanErrors.ConsentGiverByAge, "Personen är myndig och lämnar själv sitt samtycke.");
        }

        if (givenBy == ConsentGiver.Guardians && string.IsNullOrWhiteSpace(guardianNames))
        {
            throw new DomainException(PlanErrors.GuardianNamesRequired, "Ange vilka vårdnadshavare som lämnat samtycke.");
        }

        if (!scopeOrganizationIds.Contains(Origin.InitiatingOrganizationId))
        {
            throw new DomainException(PlanErrors.ConsentScopeMissingInitiator, "Samtycket måste omfatta den organisation som initierade planen.");
        }

        ActiveConsent?.Supersede(now);
        var consent = new ConsentRecord(Guid.CreateVersion7(), givenBy, guardianNames?.Trim(), form, now, recordedByUserId, scopeOrganizationIds, nextOfKinMayTakePart, string.IsNullOrWhiteSpace(childsView) ? null : childsView.Trim());
        _consents.Add(consent);
        Touch(now);
        return consent;
    }

    /// <summary>Rule 13: sharing stops from this moment; units outside the scope lose access.</summary>
    public void WithdrawConsent(string? note, DateTimeOffset now)
    {
        EnsureOpen();
        var active = ActiveConsent ?? throw new DomainException(PlanErrors.NoActiveConsent, "Det finns inget gällande samtycke att återkalla.");
        active.Withdraw(now, note);
        Touch(now);
        NotifyUnitsTakingPart(NoticeKind.ConsentWithdrawn, active.Id);
    }
}
