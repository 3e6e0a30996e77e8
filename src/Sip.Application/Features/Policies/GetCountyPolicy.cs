using Sip.Domain.Policies;

namespace Sip.Application.Features.Policies;

/// <summary>The deadlines of the county agreement in force; every signed-in user may see them.</summary>
public sealed record GetCountyPolicy : IQuery<CountyPolicyView>;

public sealed record CountyPolicyView(
    Guid Id,
    string Name,
    int InvitationResponseWorkingDays,
    int DaysToFirstMeeting,
    int ActionAcceptanceWorkingDays,
    int FollowUpIntervalDays,
    int SipMeetingDaysAfterPlacement,
    int CostAllocationWorkingDaysAfterAcutePlacement,
    IReadOnlyList<int> ReminderDaysAfterDeadline,
    int DeviationStepWorkingDays,
    int FeedbackResponseWorkingDays,
    string EscalationLadder,
    IReadOnlyList<EscalationStep> EscalationSteps,
    string DecidedBy,
    string ReserveNumberPattern = Domain.People.ReserveNumber.DefaultPattern,
    string ReserveNumberDescription = Domain.People.ReserveNumber.DefaultDescription,
    string ReserveNumberSystem = CountyPolicy.DefaultReserveNumberSystem,
    bool ContractedProvidersMayHoldOverallResponsibility = false)
{
    /// <summary>Where the reservnummer format comes from: no law sets it.</summary>
    public const string RegionFormat = "regionens format";

    /// <summary>Where the disagreement step lengths and the feedback answer time come from: the agreements give none.</summary>
    public const string CountyDecision = "länets beslut";

    public static CountyPolicyView From(CountyPolicy p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(
            p.Id, p.Name, p.InvitationResponseWorkingDays, p.DaysToFirstMeeting, p.ActionAcceptanceWorkingDays, p.FollowUpIntervalDays,
            p.SipMeetingDaysAfterPlacement, p.CostAllocationWorkingDaysAfterAcutePlacement, [.. p.ReminderDaysAfterDeadline],
            p.DeviationStepWorkingDays, p.FeedbackResponseWorkingDays, p.EscalationLadder.ToString(), [.. p.EscalationSteps],
            CountyDecision, p.ReserveNumberPattern, p.ReserveNumberDescription, p.ReserveNumberSystem,
            p.ContractedProvidersMayHoldOverallResponsibility);
    }

    /// <summary>The name of a deviation's step on this county's ladder.</summary>
    public string StepName(EscalationLevel level) => Domain.Policies.EscalationLadder.NameOf(EscalationSteps, (int)level);

    /// <summary>Whether a deviation at this step can go up another.</summary>
    public bool CanEscalate(EscalationLevel level) => (int)level + 1 < EscalationSteps.Count;
}

public sealed class GetCountyPolicyHandler(ISipDbContext db) : IQueryHandler<GetCountyPolicy, CountyPolicyView>
{
    public async ValueTask<CountyPolicyView> Handle(GetCountyPolicy query, CancellationToken cancellationToken)
    {
        var policy = await db.CountyPolicies.AsNoTracking().OrderBy(x => x.Name).FirstAsync(cancellationToken);
        return CountyPolicyView.From(policy);
    }
}
