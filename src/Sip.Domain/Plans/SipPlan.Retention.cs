using Sip.Domain.Common;
using Sip.Domain.People;

namespace Sip.Domain.Plans;

public sealed partial class SipPlan
{
    /// <summary>What stands where personal data stood, once a plan is gallrad.</summary>
    public const string Redacted = "Gallrad";

    /// <summary>When the closed plan was gallrad; null while it still holds personal data.</summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }

    /// <summary>
    /// Gallring of an ended plan once its retention has run: the person's name, personnummer and everything written about
    /// them go; what the follow-up counts (status, dates, units, kinds of insats) stays, so the statistics do not change.
    /// </summary>
    public void Anonymise(DateTimeOffset now)
    {
        if (Status is not (PlanStatus.Closed or PlanStatus.Cancelled))
        {
            throw new DomainException(PlanErrors.NotClosed, "Bara avslutade eller makulerade planer gallras.");
        }

        if (AnonymisedAt is not null)
        {
            return;
        }

        Person = Person with
        {
            IdentityNumber = PersonalIdentityNumber.Removed,
            ReserveNumber = null,
            BirthDate = DateOnly.MinValue,
            FullName = Redacted,
        };
        Reason = Redacted;
        PersonGoals = null;
        ReportOfConcernAssessment = ReportOfConcernAssessment is null ? null : Redacted;
        ReportOfConcernSocialServices = ReportOfConcernSocialServices is null ? null : Redacted;

        // The children are third parties: what they were goes; that there were children stays a count.
        _children.Clear();
        CloseNote = CloseNote is null ? null : Redacted;
        CommunicationNeed = CommunicationNeed is null ? null : CommunicationNeed with { Language = null, OtherSupport = null };

        // The case reference points into the social-services record; it goes too, unique per plan.
        Origin = Origin with { ExternalCaseReference = $"{Redacted}-{Id:N}" };
        _participants.ForEach(p => p.Redact());
        _consents.ForEach(c => c.Redact());
        _actions.ForEach(a => a.Redact());
        _needs.ForEach(n => n.Redact());
        _meetings.ForEach(m => m.Redact());
        _followUps.ForEach(f => f.Redact());
        _deviations.ForEach(d => d.Redact());
        _costAllocations.ForEach(c => c.Redact());
        _feedback.ForEach(f => f.Redact());
        _versions.ForEach(v => v.Redact(now));
        AnonymisedAt = now;
        Touch(now);
    }
}
