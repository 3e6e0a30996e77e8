using Mediator;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
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
    IReadOnlyList<int> ReminderDaysAfterDeadline)
{
    public static CountyPolicyView From(CountyPolicy p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id, p.Name, p.InvitationResponseWorkingDays, p.DaysToFirstMeeting, p.ActionAcceptanceWorkingDays, p.FollowUpIntervalDays, p.SipMeetingDaysAfterPlacement, p.CostAllocationWorkingDaysAfterAcutePlacement, [.. p.ReminderDaysAfterDeadline]);
    }
}

public sealed class GetCountyPolicyHandler(ISipDbContext db) : IQueryHandler<GetCountyPolicy, CountyPolicyView>
{
    public async ValueTask<CountyPolicyView> Handle(GetCountyPolicy query, CancellationToken cancellationToken)
    {
        var policy = await db.CountyPolicies.AsNoTracking().OrderBy(x => x.Name).FirstAsync(cancellationToken).ConfigureAwait(false);
        return CountyPolicyView.From(policy);
    }
}
