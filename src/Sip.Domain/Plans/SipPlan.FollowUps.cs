using Sip.Domain.Calendar;
using Sip.Domain.Common;
using Sip.Domain.Organizations;
using Sip.Domain.Policies;

namespace Sip.Domain.Plans;

/// <summary>Follow-ups of an established plan (rule 12): each one revises it into a new version.</summary>
public sealed partial class SipPlan
{
    public FollowUp? NextFollowUp => _followUps.Where(f => !f.IsDone).MinBy(f => f.DueOn);

    public FollowUp ScheduleFollowUp(DateOnly dueOn, DateTimeOffset now)
    {
        EnsureOpen();
        EnsureEstablished();
        if (dueOn <= SwedishTime.Today(now))
        {
            throw new DomainException(PlanErrors.FollowUpDate, "Uppföljningen måste ligga fram i tiden.");
        }

        var followUp = new FollowUp(Guid.CreateVersion7(), dueOn);
        _followUps.Add(followUp);
        Touch(now);
        return followUp;
    }

    /// <summary>A follow-up revises the plan: the same preconditions hold, and a new version is stored.</summary>
    public PlanVersion RecordFollowUp(
        Guid followUpId, string summary, IReadOnlyDictionary<Guid, OrganizationKind> unitOrganizationKinds, Establishment establishment,
        Guid userId, CountyPolicy policy, DateTimeOffset now)
    {
        EnsureOpen();
        EnsureEstablished();
        var followUp = _followUps.FirstOrDefault(f => f.Id == followUpId)
            ?? throw new DomainException(PlanErrors.FollowUpNotFound, "Uppföljningen finns inte i planen.");
        if (followUp.IsDone)
        {
            throw new DomainException(PlanErrors.FollowUpAlreadyDone, "Uppföljningen är redan gjord.");
        }

        var version = StoreVersion(unitOrganizationKinds, establishment, userId, policy, now);
        followUp.Record(userId, string.IsNullOrWhiteSpace(summary) ? string.Empty : summary.Trim(), version.Number, now);
        return version;
    }
}
