namespace Sip.Domain.Plans;

/// <summary>The notices a change owes the units and participants; persistence stores them with the change.</summary>
public sealed partial class SipPlan
{
    private readonly List<PlanNotice> _notices = [];

    /// <summary>Notices owed by changes since the plan was loaded; persistence stores them with the change.</summary>
    public IReadOnlyList<PlanNotice> PendingNotices => _notices;

    public void ClearNotices() => _notices.Clear();

    /// <summary>Call after <see cref="Touch"/>: the notice carries the version the change produced.</summary>
    private void Notify(NoticeKind kind, Guid recipientUnitId, Guid subjectId) =>
        _notices.Add(new PlanNotice(kind, Id, NoticeRecipient.Unit, recipientUnitId, subjectId, Version));

    /// <summary>The person, a närstående or a guardian hears only of what they take part in: being invited and the meetings.</summary>
    private void NotifyByEmail(NoticeKind kind, Participant participant, Guid subjectId)
    {
        if (participant is { IsUnit: false, Email: not null, TakesPart: true })
        {
            _notices.Add(new PlanNotice(kind, Id, NoticeRecipient.Participant, participant.Id, subjectId, Version));
        }
    }

    /// <summary>Every unit taking part or summoned, except those that declined or whose kallelse went elsewhere.</summary>
    private void NotifyUnitsTakingPart(NoticeKind kind, Guid subjectId)
    {
        foreach (var unit in _participants.Where(p => p is { IsUnit: true, TakesPart: true }).Select(p => p.UnitId!.Value).Distinct())
        {
            Notify(kind, unit, subjectId);
        }
    }
}
