using Sip.Domain.Common;
using Sip.Domain.Policies;

namespace Sip.Domain.Plans;

public sealed partial class SipPlan
{
    /// <summary>
    /// Records a synpunkt or klagomål and routes it to a unit taking part (or the initiating one), which must answer the person.
    /// </summary>
    /// <remarks>The answer is due the county's working days for feedback after it came in.</remarks>
    public PersonFeedback RecordFeedback(
        FeedbackKind kind,
        string text,
        DateOnly receivedOn,
        Guid routedToUnitId,
        Guid recordedByUserId,
        CountyPolicy policy,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        EnsureOpen();
        if (routedToUnitId != Origin.InitiatingUnitId && !_participants.Any(p => p.UnitId == routedToUnitId && p.TakesPart))
        {
            throw new DomainException(PlanErrors.FeedbackUnitNotParticipating, "Synpunkten lämnas till en enhet som deltar i planen.");
        }

        var feedback = new PersonFeedback(
            Guid.CreateVersion7(), kind, text, receivedOn, routedToUnitId, recordedByUserId, policy.FeedbackResponseWorkingDays, now);
        _feedback.Add(feedback);
        Touch(now);
        return feedback;
    }

    /// <summary>The responsible unit records the answer given to the person.</summary>
    public void AnswerFeedback(Guid feedbackId, Guid answeringUnitId, string answer, DateTimeOffset now)
    {
        EnsureOpen();
        var feedback = _feedback.FirstOrDefault(f => f.Id == feedbackId)
            ?? throw new DomainException(PlanErrors.FeedbackNotFound, "Synpunkten finns inte i planen.");
        if (feedback.RoutedToUnitId != answeringUnitId)
        {
            throw new DomainException(PlanErrors.FeedbackNotFound, "Synpunkten besvaras av den enhet den lämnades till.");
        }

        feedback.Respond(answer, now);
        Touch(now);
    }
}
