using Sip.Domain.Calendar;
using Sip.Domain.Common;
using Sip.Domain.Organizations;

namespace Sip.Domain.Plans;

public sealed partial class SipPlan
{
    /// <summary>Practice 18: from 15 a young person consents without the guardians.</summary>
    public const int AgeOfOwnConsent = 15;

    public const int AgeOfMajority = 18;

    /// <summary>
    /// Records consent (rule 1), replacing the active one, so the scope can widen or narrow, also to named units (rule 30).
    /// The initiating organisation is always in scope; a representative taking part gives it within the mandate (rule 25).
    /// </summary>
    public ConsentRecord RecordConsent(
        ConsentGiver givenBy,
        string? guardianNames,
        ConsentForm form,
        IReadOnlyCollection<Guid> scopeOrganizationIds,
        bool nextOfKinMayTakePart,
        string? childsView,
        Guid recordedByUserId,
        DateTimeOffset now,
        IReadOnlyCollection<OrganizationUnit>? scopeUnits = null,
        Guid? representativeParticipantId = null)
    {
        ArgumentNullException.ThrowIfNull(scopeOrganizationIds);
        EnsureOpen();
        var today = SwedishTime.Today(now);
        var age = Person.AgeOn(today);
        if (givenBy == ConsentGiver.Person && age < AgeOfOwnConsent)
        {
            throw new DomainException(
                PlanErrors.ConsentGiverByAge,
                $"Personen är under {AgeOfOwnConsent} år: vårdnadshavarna lämnar samtycke och barnets egen syn antecknas.");
        }

        if (givenBy == ConsentGiver.Guardians && age >= AgeOfMajority)
        {
            throw new DomainException(PlanErrors.ConsentGiverByAge, "Personen är myndig och lämnar själv sitt samtycke.");
        }

        if (givenBy == ConsentGiver.Guardians && string.IsNullOrWhiteSpace(guardianNames))
        {
            throw new DomainException(PlanErrors.GuardianNamesRequired, "Ange vilka vårdnadshavare som lämnat samtycke.");
        }

        Participant? representative = null;
        if (givenBy == ConsentGiver.Representative)
        {
            var id = representativeParticipantId ?? throw new DomainException(
                PlanErrors.ConsentRepresentativeRequired, "Välj den gode man, förvaltare eller det ombud som lämnar samtycket.");
            representative = MandateHolder(id, today);
        }

        if (!scopeOrganizationIds.Contains(Origin.InitiatingOrganizationId))
        {
            throw new DomainException(
                PlanErrors.ConsentScopeMissingInitiator, "Samtycket måste omfatta den organisation som initierade planen.");
        }

        var units = ScopeUnitsOf(scopeUnits ?? [], scopeOrganizationIds);
        ActiveConsent?.Supersede(now);
        var consent = new ConsentRecord(
            Guid.CreateVersion7(), givenBy, guardianNames?.Trim(), form, now, recordedByUserId, scopeOrganizationIds, nextOfKinMayTakePart,
            string.IsNullOrWhiteSpace(childsView) ? null : childsView.Trim(), units, representative);
        _consents.Add(consent);
        Touch(now);
        return consent;
    }

    /// <summary>
    /// Rule 13: sharing stops from this moment; units outside the scope lose access. A god man,
    /// förvaltare or ombud may withdraw within their mandate (rule 25); who did is recorded.
    /// </summary>
    public void WithdrawConsent(string? note, DateTimeOffset now, Guid? representativeParticipantId = null)
    {
        EnsureOpen();
        var active = ActiveConsent ?? throw new DomainException(
            PlanErrors.NoActiveConsent, "Det finns inget gällande samtycke att återkalla.");
        var representative = representativeParticipantId is { } id ? MandateHolder(id, SwedishTime.Today(now)) : null;
        active.Withdraw(now, note, representative);
        Touch(now);
        NotifyUnitsTakingPart(NoticeKind.ConsentWithdrawn, active.Id);
    }

    /// <summary>Rule 25: the representative taking part whose mandate covers consent on that day.</summary>
    private Participant MandateHolder(Guid participantId, DateOnly today)
    {
        var representative = _participants.SingleOrDefault(p => p.Id == participantId);
        if (representative is null || !representative.Kind.IsRepresentative() || representative.State == InvitationState.Declined)
        {
            throw new DomainException(
                PlanErrors.ConsentRepresentativeNotParticipating,
                "Den som lämnar samtycket måste vara god man, förvaltare eller ombud som deltar i planen.");
        }

        if (representative.Mandate is not { CoversConsent: true } mandate)
        {
            throw new DomainException(
                PlanErrors.ConsentOutsideMandate, $"{representative.DisplayName}s uppdrag omfattar inte samtycke för personen.");
        }

        if (!mandate.IsValidOn(today))
        {
            throw new DomainException(
                PlanErrors.ConsentMandateExpired,
                $"{representative.DisplayName}s uppdrag gällde till och med {mandate.ValidUntil:yyyy-MM-dd}.");
        }

        return representative;
    }

    /// <summary>
    /// Rule 30: units named within organisations of the scope. Where the initiating organisation is
    /// narrowed, the initiating unit must be named: it holds the case.
    /// </summary>
    private List<(Guid UnitId, Guid OrganizationId)> ScopeUnitsOf(
        IReadOnlyCollection<OrganizationUnit> units, IReadOnlyCollection<Guid> organizationIds)
    {
        if (units.FirstOrDefault(u => !organizationIds.Contains(u.OrganizationId)) is { } outside)
        {
            throw new DomainException(
                PlanErrors.ConsentScopeUnitOutsideOrganization, $"{outside.Name} hör till en organisation som samtycket inte omfattar.");
        }

        if (units.Any(u => u.OrganizationId == Origin.InitiatingOrganizationId) && units.All(u => u.Id != Origin.InitiatingUnitId))
        {
            throw new DomainException(PlanErrors.ConsentScopeMissingInitiator, "Samtycket måste omfatta den enhet som initierade planen.");
        }

        return [.. units.Select(u => (u.Id, u.OrganizationId))];
    }
}
