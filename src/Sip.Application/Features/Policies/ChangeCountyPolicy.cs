using Sip.Domain.Common;
using Sip.Domain.Policies;
using L = Sip.Domain.Policies.CountyPolicy.Limits;

namespace Sip.Application.Features.Policies;

/// <summary>
/// The administrator sets the county agreement's deadlines, in force from now on. The disagreement step, the feedback answer time,
/// the escalation ladder (rule 28), the reservnummer format and whether a private provider's unit may hold the overall responsibility
/// (rule 23, "privata utförare kan ha samordningsansvar") are the county's decisions too: left out, they stay as they are.
/// </summary>
[AllowedRoles(UserRole.Administrator)]
public sealed record ChangeCountyPolicy(
    int InvitationResponseWorkingDays,
    int DaysToFirstMeeting,
    int ActionAcceptanceWorkingDays,
    int FollowUpIntervalDays,
    int SipMeetingDaysAfterPlacement,
    int CostAllocationWorkingDaysAfterAcutePlacement,
    IReadOnlyList<int>? ReminderDaysAfterDeadline,
    int? DeviationStepWorkingDays = null,
    int? FeedbackResponseWorkingDays = null,
    string? EscalationLadder = null,
    string? ReserveNumberPattern = null,
    string? ReserveNumberDescription = null,
    string? ReserveNumberSystem = null,
    bool? ContractedProvidersMayHoldOverallResponsibility = null) : ICommand<CountyPolicyView>;

public sealed class ChangeCountyPolicyValidator : AbstractValidator<ChangeCountyPolicy>
{
    public ChangeCountyPolicyValidator()
    {
        RuleFor(x => x.InvitationResponseWorkingDays).InclusiveBetween(L.InvitationResponseMin, L.InvitationResponseMax)
            .WithMessage($"Svarstiden för kallelser ska vara {L.InvitationResponseMin}–{L.InvitationResponseMax} arbetsdagar.");
        RuleFor(x => x.DaysToFirstMeeting).InclusiveBetween(L.FirstMeetingMin, L.FirstMeetingMax)
            .WithMessage($"Tiden till första SIP-mötet ska vara {L.FirstMeetingMin}–{L.FirstMeetingMax} dagar.");
        RuleFor(x => x.ActionAcceptanceWorkingDays).InclusiveBetween(L.ActionAcceptanceMin, L.ActionAcceptanceMax)
            .WithMessage($"Svarstiden för insatser ska vara {L.ActionAcceptanceMin}–{L.ActionAcceptanceMax} arbetsdagar.");
        RuleFor(x => x.FollowUpIntervalDays).InclusiveBetween(L.FollowUpMin, L.FollowUpMax)
            .WithMessage($"Uppföljningsintervallet ska vara {L.FollowUpMin}–{L.FollowUpMax} dagar.");
        RuleFor(x => x.SipMeetingDaysAfterPlacement).InclusiveBetween(L.PlacementMeetingMin, L.PlacementMeetingMax)
            .WithMessage($"SIP efter placering ska hållas inom {L.PlacementMeetingMin}–{L.PlacementMeetingMax} dagar.");
        RuleFor(x => x.CostAllocationWorkingDaysAfterAcutePlacement).InclusiveBetween(L.CostAllocationMin, L.CostAllocationMax)
            .WithMessage($"Kostnadsfördelning vid akut placering ska göras inom {L.CostAllocationMin}–{L.CostAllocationMax} arbetsdagar.");
        RuleFor(x => x.ReminderDaysAfterDeadline)
            .NotEmpty().WithMessage("Ange minst en påminnelsedag.")
            .Must(d => d is null
                || (d.Count <= L.RemindersMax && d.All(x => x is >= 0 and <= L.ReminderMax) && d.Distinct().Count() == d.Count))
            .WithMessage($"Ange högst {L.RemindersMax} olika påminnelsedagar mellan 0 och {L.ReminderMax}.");
        RuleFor(x => x.DeviationStepWorkingDays).InclusiveBetween(L.DeviationStepMin, L.DeviationStepMax)
            .WithMessage($"Tiden för varje steg i en oenighet ska vara {L.DeviationStepMin}–{L.DeviationStepMax} arbetsdagar.");
        RuleFor(x => x.FeedbackResponseWorkingDays).InclusiveBetween(L.FeedbackResponseMin, L.FeedbackResponseMax)
            .WithMessage($"Svarstiden för synpunkter ska vara {L.FeedbackResponseMin}–{L.FeedbackResponseMax} arbetsdagar.");
        RuleFor(x => x.EscalationLadder).Must(l => l is null || ChangeCountyPolicyHandler.Preset(l) is not null)
            .WithMessage("Okänd eskaleringstrappa: välj Gävleborg eller Jämtland Härjedalen.");
        RuleFor(x => x.ReserveNumberPattern).Must(p => p is null || Domain.People.ReserveNumber.IsValidPattern(p))
            .WithMessage("Reservnummerformatet ska vara ett giltigt reguljärt uttryck (.NET) på högst 200 tecken.");
        RuleFor(x => x.ReserveNumberDescription).Must(d => d is null || (!string.IsNullOrWhiteSpace(d) && d.Trim().Length <= 200))
            .WithMessage("Beskriv reservnummerformatet med högst 200 tecken.");
        RuleFor(x => x.ReserveNumberSystem).Must(s => s is null || CountyPolicy.IsSystem(s))
            .WithMessage("Identifierarsystemet ska vara en absolut URI, t.ex. urn:oid:1.2.752.97.3.1.3.");
    }
}

public sealed class ChangeCountyPolicyHandler(ISipDbContext db) : ICommandHandler<ChangeCountyPolicy, CountyPolicyView>
{
    public async ValueTask<CountyPolicyView> Handle(ChangeCountyPolicy command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var policy = await PlanChanges.PolicyAsync(db, cancellationToken);
        policy.Change(
            command.InvitationResponseWorkingDays, command.DaysToFirstMeeting, command.ActionAcceptanceWorkingDays,
            command.FollowUpIntervalDays, command.SipMeetingDaysAfterPlacement, command.CostAllocationWorkingDaysAfterAcutePlacement,
            command.ReminderDaysAfterDeadline ?? []);
        var ladder = command.EscalationLadder is null ? policy.EscalationLadder : Preset(command.EscalationLadder)!.Value;
        if (ladder != policy.EscalationLadder)
        {
            await RefuseIfDeviationsStandHigherAsync(ladder, cancellationToken);
        }

        policy.ChangeDisagreementRules(
            command.DeviationStepWorkingDays ?? policy.DeviationStepWorkingDays,
            command.FeedbackResponseWorkingDays ?? policy.FeedbackResponseWorkingDays,
            ladder);
        policy.ChangeReserveNumberFormat(
            command.ReserveNumberPattern ?? policy.ReserveNumberPattern,
            command.ReserveNumberDescription ?? policy.ReserveNumberDescription,
            command.ReserveNumberSystem ?? policy.ReserveNumberSystem);
        policy.ChangeContractedProviderRule(
            command.ContractedProvidersMayHoldOverallResponsibility ?? policy.ContractedProvidersMayHoldOverallResponsibility);
        await db.SaveChangesAsync(cancellationToken);
        return CountyPolicyView.From(policy);
    }

    /// <summary>The preset by its API name (JamtlandHarjedalen) or the county's (Jämtland Härjedalen); none when unknown.</summary>
    public static EscalationLadderPreset? Preset(string name) =>
        Enum.GetValues<EscalationLadderPreset>().Cast<EscalationLadderPreset?>().FirstOrDefault(p =>
            string.Equals(p.ToString(), name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Domain.Policies.EscalationLadder.DisplayName(p!.Value), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// An open deviation standing on a step the new ladder does not have would have no name and no
    /// way on: the county resolves it first, then changes ladder.
    /// </summary>
    private async Task RefuseIfDeviationsStandHigherAsync(EscalationLadderPreset ladder, CancellationToken cancellationToken)
    {
        // Levels are stored by name, so the database cannot order them: ask for those above by name.
        var above = Enum.GetValues<EscalationLevel>().Where(l => (int)l >= Domain.Policies.EscalationLadder.Steps(ladder).Count).ToList();
        var higher = await db.Plans.AsNoTracking()
            .SelectMany(p => p.Deviations.Where(d => d.ResolvedAt == null && above.Contains(d.Level)))
            .CountAsync(cancellationToken);
        if (higher > 0)
        {
            var county = Domain.Policies.EscalationLadder.DisplayName(ladder);
            throw new DomainException(
                "policy.ladder-in-use", $"{higher} olösta avvikelser står på ett steg som {county}s trappa saknar. Lös dem först.");
        }
    }
}
