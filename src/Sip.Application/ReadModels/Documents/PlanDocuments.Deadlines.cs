using Sip.Application.Features.Plans;

namespace Sip.Application.ReadModels.Documents;

public static partial class PlanDocuments
{
    /// <summary>
    /// The domain's open deadlines of the plan; those read from a collection the change did not load
    /// are kept from <paramref name="previous"/>, as the collection itself is.
    /// </summary>
    private static List<PlanDetail.DeadlineItem> OpenDeadlines(SipPlan p, PlanDetail? previous, Func<string, bool> loaded)
    {
        bool Fresh(DeadlineKind kind) => previous is null || CollectionOf(kind) is not { } collection || loaded(collection);
        return
        [
            .. PlanDeadlines.Of(p).Where(d => Fresh(d.Kind)).Select(d => new PlanDetail.DeadlineItem(d.Kind, d.SubjectId, d.DueOn))
                .Concat(previous?.OpenDeadlines?.Where(d => !Fresh(d.Kind)) ?? [])
                .OrderBy(d => d.DueOn).ThenBy(d => d.Kind).ThenBy(d => d.SubjectId),
        ];
    }

    /// <summary>The collection of the aggregate a kind of deadline is read from; null for the plan's own.</summary>
    private static string? CollectionOf(DeadlineKind kind) => kind switch
    {
        DeadlineKind.InvitationUnanswered => nameof(SipPlan.Participants),
        DeadlineKind.ActionUnanswered or DeadlineKind.ActionNotExecuted => nameof(SipPlan.Actions),
        DeadlineKind.FirstMeetingNotHeld or DeadlineKind.PlacementSipNotHeld => nameof(SipPlan.Meetings),
        DeadlineKind.FollowUpOverdue => nameof(SipPlan.FollowUps),
        DeadlineKind.DeviationUnresolved => nameof(SipPlan.Deviations),
        DeadlineKind.FeedbackUnanswered => nameof(SipPlan.Feedback),
        _ => null,
    };
}
