using Sip.Domain.Calendar;
using Sip.Domain.Common;
using Sip.Domain.Organizations;
using Sip.Domain.Policies;

namespace Sip.Domain.Plans;

public sealed partial class SipPlan
{
    /// <summary>
    /// Invites a unit: a principal's unit gets a summons it cannot decline, another actor an
    /// invitation it may decline with a reason (rule 7, practice 19). Information may only reach
    /// organisations the person consented to share with.
    /// </summary>
    public Participant InviteUnit(OrganizationUnit unit, CountyPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(policy);
        EnsureOpen();
        if (ActiveConsent?.Covers(unit.OrganizationId, unit.Id) != true)
        {
            var message = ActiveConsent?.CoversOrganization(unit.OrganizationId) == true
                ? $"Samtycket omfattar bara namngivna enheter i organisationen, inte {unit.Name}: komplettera samtycket först."
                : $"Samtycket omfattar inte {unit.Name}s organisation: komplettera samtycket först.";
            throw new DomainException(PlanErrors.OrganizationOutsideConsent, message);
        }

        var participant = Summon(unit, policy, now);
        MarkInvited();
        Touch(now);
        Notify(NoticeKind.Invitation, unit.Id, participant.Id);
        return participant;
    }

    /// <summary>The unit's answer time counts from the day it is summoned, with the county's answer time.</summary>
    private Participant Summon(OrganizationUnit unit, CountyPolicy policy, DateTimeOffset now)
    {
        if (_participants.Any(p => p.UnitId == unit.Id && p.TakesPart))
        {
            throw new DomainException(PlanErrors.AlreadyParticipating, $"{unit.Name} deltar redan i planen.");
        }

        var kind = unit.MayInitiateSip ? ParticipantKind.PrincipalUnit : ParticipantKind.OtherActor;
        var respondBy = SwedishCalendar.AddWorkingDays(SwedishTime.Today(now), policy.InvitationResponseWorkingDays);
        var participant = new Participant(
            Guid.CreateVersion7(), kind, unit.Id, unit.OrganizationId, unit.Name, null, now, respondBy, acceptedAtOnce: false)
        {
            IsContractedProviderUnit = unit.IsContractedProvider,
        };
        _participants.Add(participant);
        return participant;
    }

    /// <summary>
    /// Invites by name a närstående (rule 6: only if the person does not object), a guardian of a
    /// child, or (rule 25) a god man, förvaltare or ombud with their mandate, a stödperson or a tolk.
    /// </summary>
    public Participant InvitePerson(
        ParticipantKind kind,
        string name,
        string? relationship,
        DateTimeOffset now,
        string? email = null,
        RepresentativeMandate? mandate = null)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException(PlanErrors.ParticipantNameRequired, "Ange namnet på den som bjuds in.");
        }

        switch (kind)
        {
            case ParticipantKind.NextOfKin when ActiveConsent?.NextOfKinMayTakePart != true:
                throw new DomainException(PlanErrors.NextOfKinNotAllowed, "Personen har inte samtyckt till att närstående deltar.");
            case ParticipantKind.Guardian when Person.AgeOn(SwedishTime.Today(now)) >= AgeOfMajority:
                throw new DomainException(PlanErrors.GuardianOnlyForChild, "Vårdnadshavare bjuds bara in när personen är under 18 år.");
            case var _ when kind.IsByName():
                break;
            default:
                throw new DomainException(
                    PlanErrors.ParticipantKindByName, "Bara personer bjuds in med namn; enheter väljs ur katalogen.");
        }

        EnsureMandateFits(kind, mandate, SwedishTime.Today(now));

        // The person decides who comes; their närstående need no reply deadline of the system's.
        var participant = new Participant(
            Guid.CreateVersion7(), kind, null, null, name.Trim(), relationship?.Trim(), now, null, acceptedAtOnce: false);
        participant.ChangeEmail(email);
        if (mandate is not null)
        {
            participant.GiveMandate(mandate);
        }

        _participants.Add(participant);
        Touch(now);
        NotifyByEmail(NoticeKind.Invitation, participant, participant.Id);
        return participant;
    }

    /// <summary>Rule 25: a representative comes with the mandate they act under; an ombud's fullmakt with the day it ends.</summary>
    private static void EnsureMandateFits(ParticipantKind kind, RepresentativeMandate? mandate, DateOnly today)
    {
        if (!kind.IsRepresentative())
        {
            if (mandate is not null)
            {
                throw new DomainException(
                    PlanErrors.MandateOnlyForRepresentative, "Bara god man, förvaltare och ombud har ett uppdrag att ange.");
            }

            return;
        }

        if (mandate is null || string.IsNullOrWhiteSpace(mandate.Scope))
        {
            throw new DomainException(PlanErrors.MandateRequired, "Ange uppdragets omfattning enligt beslutet eller fullmakten.");
        }

        if (kind == ParticipantKind.Ombud && mandate.ValidUntil is null)
        {
            throw new DomainException(PlanErrors.MandateValidityRequired, "Ange till och med vilken dag fullmakten gäller.");
        }

        if (!mandate.IsValidOn(today))
        {
            throw new DomainException(PlanErrors.ConsentMandateExpired, "Uppdraget har redan upphört att gälla.");
        }
    }

    /// <summary>
    /// Records or removes the e-mail address at which the person, a närstående or a guardian gets kallelser and meeting times.
    /// </summary>
    public void ChangeParticipantEmail(Guid participantId, string? email, DateTimeOffset now)
    {
        EnsureOpen();
        ParticipantById(participantId).ChangeEmail(email);
        Touch(now);
    }

    public void AcceptInvitation(Guid participantId, Guid? userId, DateTimeOffset now)
    {
        EnsureOpen();
        ParticipantById(participantId).Accept(userId, now);
        Touch(now);
    }

    /// <summary>Rule 7: only actors that are not principals may decline, and only with a reason.</summary>
    public void DeclineInvitation(Guid participantId, Guid? userId, string reason, DateTimeOffset now)
    {
        EnsureOpen();
        ParticipantById(participantId).Decline(userId, reason, now);
        Touch(now);
    }

    public Participant? ParticipantForUnit(Guid unitId) =>
        _participants.LastOrDefault(p => p.UnitId == unitId && p.TakesPart);

    private void MarkInvited()
    {
        if (Status == PlanStatus.Draft)
        {
            Status = PlanStatus.Invited;
        }
    }
}
