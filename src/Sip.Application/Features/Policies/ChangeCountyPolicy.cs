using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Domain.Users;
using L = Sip.Domain.Policies.CountyPolicy.Limits;

namespace Sip.Application.Features.Policies;

/// <summary>The administrator sets the county agreement's deadlines; new deadlines apply from now on.</summary>
[AllowedRoles(UserRole.Administrator)]
public sealed record ChangeCountyPolicy(
    int InvitationResponseWorkingDays,
    int DaysToFirstMeeting,
    int ActionAcceptanceWorkingDays,
    int FollowUpIntervalDays,
    int SipMeetingDaysAfterPlacement,
    int CostAllocationWorkingDaysAfterAcutePlacement,
    IReadOnlyList<int>? ReminderDaysAfterDeadline) : ICommand<CountyPolicyView>;

public sealed class ChangeCountyPolicyValidator : AbstractValidator<ChangeCountyPolicy>
{
    public ChangeCountyPolicyValidator()
    {
        RuleFor(x => x.InvitationResponseWorkingDays).InclusiveBetween(L.InvitationResponseMin, L.InvitationResponseMax).WithMessage($"Svarstiden för kallelser ska vara {L.InvitationResponseMin}–{L.InvitationResponseMax} arbetsdagar.");
        RuleFor(x => x.DaysToFirstMeeting).InclusiveBetween(L.FirstMeetingMin, L.FirstMeetingMax).WithMessage($"Tiden till första SIP-mötet ska vara {L.FirstMeetingMin}–{L.FirstMeetingMax} dagar.");
        RuleFor(x => x.ActionAcceptanceWorkingDays).InclusiveBetween(L.ActionAcceptanceMin, L.ActionAcceptanceMax).WithMessage($"Svarstiden för insatser ska vara {L.ActionAcceptanceMin}–{L.ActionAcceptanceMax} arbetsdagar.");
        RuleFor(x => x.FollowUpIntervalDays).InclusiveBetween(L.FollowUpMin, L.FollowUpMax).WithMessage($"Uppföljningsintervallet ska vara {L.FollowUpMin}–{L.FollowUpMax} dagar.");
        RuleFor(x => x.SipMeetingDaysAfterPlacement).InclusiveBetween(L.PlacementMeetingMin, L.PlacementMeetingMax).WithMessage($"SIP efter placering ska hållas inom {L.PlacementMeetingMin}–{L.PlacementMeetingMax} dagar.");
        RuleFor(x => x.CostAllocationWorkingDaysAfterAcutePlacement).InclusiveBetween(L.CostAllocationMin, L.CostAllocationMax).WithMessage($"Kostnadsfördelning vid akut placering ska göras inom {L.CostAllocationMin}–{L.CostAllocationMax} arbetsdagar.");
        RuleFor(x => x.ReminderDaysAfterDeadline)
            .NotEmpty().WithMessage("Ange minst en påminnelsedag.")
            .Must(d => d is null || (d.Count <= L.RemindersMax && d.All(x => x is >= 0 and <= L.ReminderMax) && d.Distinct().Count() == d.Count))
            .WithMessage($"Ange högst {L.RemindersMax} olika påminnelsedagar mellan 0 och {L.ReminderMax}.");
    }
}

public sealed class ChangeCountyPolicyHandler(ISipDbContext db) : ICommandHandler<ChangeCountyPolicy, CountyPolicyView>
{
    public async ValueTask<CountyPolicyView> Handle(ChangeCountyPolicy command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var policy = await db.CountyPolicies.OrderBy(p => p.Name).FirstAsync(cancellationToken).ConfigureAwait(false);
        policy.Change(command.InvitationResponseWorkingDays, command.DaysToFirstMeeting, command.ActionAcceptanceWorkingDays, command.FollowUpIntervalDays, command.SipMeetingDaysAfterPlacement, command.CostAllocationWorkingDaysAfterAcutePlacement, command.ReminderDaysAfterDeadline ?? []);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CountyPolicyView.From(policy);
    }
}
