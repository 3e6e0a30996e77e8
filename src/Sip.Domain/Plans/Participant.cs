using Sip.Domain.Common;

namespace Sip.Domain.Plans;

/// <summary>Someone taking part in the plan: the person, a närstående, a guardian, or a unit.</summary>
public sealed class Participant
{
    private Participant()
    {
        DisplayName = string.Empty;
    }

    internal Participant(
        Guid id, ParticipantKind kind, Guid? unitId, Guid? organizationId, string displayName, string? relationship,
        DateTimeOffset invitedAt, DateOnly? respondBy, bool acceptedAtOnce)
    {
        Id = id;
        Kind = kind;
        UnitId = unitId;
        OrganizationId = organizationId;
        DisplayName = displayName;
        Relationship = relationship;
        InvitedAt = invitedAt;
        RespondBy = respondBy;
        State = acceptedAtOnce ? InvitationState.Accepted : InvitationState.Invited;
        RespondedAt = acceptedAtOnce ? invitedAt : null;
    }

    public Guid Id { get; private set; }

    public ParticipantKind Kind { get; private set; }

    public Guid? UnitId { get; private set; }

    public Guid? OrganizationId { get; private set; }

    /// <summary>Unit name, or the name of a närstående or guardian.</summary>
    public string DisplayName { get; private set; }

    /// <summary>For närstående: the relation to the person, e.g. "mamma".</summary>
    public string? Relationship { get; private set; }

    public InvitationState State { get; private set; }

    public DateTimeOffset InvitedAt { get; private set; }

    public DateOnly? RespondBy { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    public Guid? RespondedByUserId { get; private set; }

    public string? DeclineReason { get; private set; }

    /// <summary>Rule 23: a unit of a private provider, which holds the overall responsibility only if the county allows it.</summary>
    public bool IsContractedProviderUnit { get; internal set; }

    /// <summary>Rule 7b: why the kallelse was forwarded or withdrawn (not a refusal, so not <see cref="DeclineReason"/>).</summary>
    public string? RedirectReason { get; private set; }

    /// <summary>Rule 7b: the participant the kallelse was forwarded to.</summary>
    public Guid? ForwardedToParticipantId { get; private set; }

    /// <summary>
    /// Where the person, a närstående or a guardian wants kallelser and meeting times, if anywhere.
    /// Units are reached through their own mailbox instead.
    /// </summary>
    public string? Email { get; private set; }

    /// <summary>Rule 25: the mandate of a god man, förvaltare or ombud, as the decision or fullmakt words it.</summary>
    public string? MandateScope { get; private set; }

    /// <summary>Whether the mandate covers consent: "sörja för person" for a god man or förvaltare, the fullmakt for an ombud.</summary>
    public bool MandateCoversConsent { get; private set; }

    /// <summary>The last day the mandate (an ombud's fullmakt) is valid, if it ends.</summary>
    public DateOnly? MandateValidUntil { get; private set; }

    public RepresentativeMandate? Mandate => MandateScope is null ? null : new(MandateScope, MandateCoversConsent, MandateValidUntil);

    /// <summary>Whether this participant may give or withdraw consent for the person on <paramref name="day"/>.</summary>
    public bool MayConsentOn(DateOnly day) =>
        Kind.IsRepresentative() && State != InvitationState.Declined
        && Mandate is { CoversConsent: true } mandate && mandate.IsValidOn(day);

    internal void GiveMandate(RepresentativeMandate mandate)
    {
        MandateScope = mandate.Scope.Trim();
        MandateCoversConsent = mandate.CoversConsent;
        MandateValidUntil = mandate.ValidUntil;
    }

    /// <summary>Gallring: a person taking part leaves no name, relation or address behind; a unit stays, for the statistics.</summary>
    internal void Redact()
    {
        if (UnitId is null)
        {
            DisplayName = SipPlan.Redacted;
            Relationship = null;
            Email = null;
            MandateScope = MandateScope is null ? null : SipPlan.Redacted;
        }

        DeclineReason = DeclineReason is null ? null : SipPlan.Redacted;
        RedirectReason = RedirectReason is null ? null : SipPlan.Redacted;
    }

    /// <summary>Rule 7: a principal's unit is obliged to take part.</summary>
    public bool IsObliged => Kind == ParticipantKind.PrincipalUnit;

    public bool IsUnit => UnitId is not null;

    /// <summary>Summoned or taking part: not declined, forwarded elsewhere or withdrawn.</summary>
    public bool TakesPart => State is InvitationState.Invited or InvitationState.Accepted;

    internal void ChangeEmail(string? email)
    {
        if (IsUnit)
        {
            throw new DomainException(
                PlanErrors.EmailOnlyForPeople,
                "En enhet nås via sin funktionsbrevlåda; e-post anges bara för personen, närstående och vårdnadshavare.");
        }

        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
    }

    internal void Accept(Guid? userId, DateTimeOffset now)
    {
        EnsureAwaitingAnswer();
        State = InvitationState.Accepted;
        RespondedAt = now;
        RespondedByUserId = userId;
    }

    internal void Decline(Guid? userId, string reason, DateTimeOffset now)
    {
        EnsureAwaitingAnswer();
        if (IsObliged)
        {
            throw new DomainException(
                PlanErrors.PrincipalCannotDecline,
                "En huvudmans enhet är skyldig att delta i SIP och kan inte tacka nej, inte heller för att en placering redan skett.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(PlanErrors.DeclineReasonRequired, "Ange skälet till att ni tackar nej.");
        }

        State = InvitationState.Declined;
        RespondedAt = now;
        RespondedByUserId = userId;
        DeclineReason = reason.Trim();
    }

    /// <summary>Rule 7b: the kallelse went to another unit of the same principal; the unit was never obliged to this plan.</summary>
    internal void Forward(Guid? userId, Guid toParticipantId, string reason, DateTimeOffset now)
    {
        EnsureAwaitingAnswer();
        State = InvitationState.Forwarded;
        ForwardedToParticipantId = toParticipantId;
        End(userId, reason, now);
    }

    /// <summary>Rule 7b: the initiating unit took the kallelse back.</summary>
    internal void Withdraw(Guid? userId, string reason, DateTimeOffset now)
    {
        EnsureAwaitingAnswer();
        State = InvitationState.Withdrawn;
        End(userId, reason, now);
    }

    private void End(Guid? userId, string reason, DateTimeOffset now)
    {
        RespondedAt = now;
        RespondedByUserId = userId;
        RedirectReason = reason.Trim();
    }

    private void EnsureAwaitingAnswer()
    {
        if (State != InvitationState.Invited)
        {
            throw new DomainException(PlanErrors.InvitationAlreadyAnswered, "Inbjudan är redan besvarad.");
        }
    }
}
