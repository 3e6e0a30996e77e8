using Sip.Domain.Calendar;
using Sip.Domain.Common;
using Sip.Domain.People;

namespace Sip.Domain.Policies;

/// <summary>
/// The deadlines a county agreement (länsöverenskommelse) sets. The placement rules are direct
/// rules of the Jämtland Härjedalen agreement (001 ~510–517); the others are set by each county's
/// routines, so they are settings with defaults that match common practice.
/// </summary>
public sealed class CountyPolicy
{
    public static readonly Guid DefaultId = new("0d7c6f1e-5a59-4d39-9f61-2f0b3c1a0001");

    /// <summary>The allowed range of each setting; the placement limits are the agreement's own maxima.</summary>
    public static class Limits
    {
        public const int InvitationResponseMin = 1, InvitationResponseMax = 30;
        public const int FirstMeetingMin = 1, FirstMeetingMax = 90;
        public const int ActionAcceptanceMin = 1, ActionAcceptanceMax = 30;
        public const int FollowUpMin = 7, FollowUpMax = 365;
        public const int PlacementMeetingMin = 1, PlacementMeetingMax = 7;
        public const int CostAllocationMin = 1, CostAllocationMax = 10;
        public const int ReminderMax = 60, RemindersMax = 5;
        public const int DeviationStepMin = 1, DeviationStepMax = 30;
        public const int FeedbackResponseMin = 1, FeedbackResponseMax = 30;
    }

    private readonly List<int> _reminderDaysAfterDeadline = [];

    private CountyPolicy()
    {
        Name = string.Empty;
    }

    public CountyPolicy(Guid id, string name)
    {
        Id = id;
        Name = name;
        _reminderDaysAfterDeadline.AddRange([1, 5]);
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Working days an invited unit has to answer an invitation.</summary>
    public int InvitationResponseWorkingDays { get; private set; } = 5;

    /// <summary>Calendar days from start until the first SIP meeting should be held.</summary>
    public int DaysToFirstMeeting { get; private set; } = 21;

    /// <summary>Working days a unit has to accept or reject an action proposed for it.</summary>
    public int ActionAcceptanceWorkingDays { get; private set; } = 5;

    /// <summary>Days between follow-ups of an established plan.</summary>
    public int FollowUpIntervalDays { get; private set; } = 90;

    /// <summary>Rule 8: a SIP at the latest one week after a placement not preceded by one (001 ~510–511).</summary>
    public int SipMeetingDaysAfterPlacement { get; private set; } = 7;

    /// <summary>Rule 9: cost allocation at the latest 10 working days after an acute placement decision (001 ~516–517).</summary>
    public int CostAllocationWorkingDaysAfterAcutePlacement { get; private set; } = 10;

    /// <summary>
    /// Working days each step of a disagreement has before it is chased and should go up a step. The
    /// agreements name the steps but no time: the length is the county's decision (länets beslut).
    /// </summary>
    public int DeviationStepWorkingDays { get; private set; } = 10;

    /// <summary>
    /// Working days a unit has to answer a synpunkt or klagomål; the agreements ask for an answer, not
    /// a time (länets beslut).
    /// </summary>
    public int FeedbackResponseWorkingDays { get; private set; } = 10;

    /// <summary>
    /// Rule 23: whether a private provider's unit may hold the overall responsibility ("privata utförare kan ha
    /// samordningsansvar"). The agreements leave it with the principals; a county may decide otherwise. Default no.
    /// </summary>
    public bool ContractedProvidersMayHoldOverallResponsibility { get; private set; }

    /// <summary>Rule 28: which agreement's escalation ladder the county follows.</summary>
    public EscalationLadderPreset EscalationLadder { get; private set; } = EscalationLadderPreset.JamtlandHarjedalen;

    /// <summary>The ladder's steps in order; a deviation's level is its position on it.</summary>
    public IReadOnlyList<EscalationStep> EscalationSteps => Policies.EscalationLadder.Steps(EscalationLadder);

    /// <summary>
    /// The region's reservnummer format as a .NET regular expression matched against the whole number
    /// (upper case, without spaces and hyphens). No law sets it: regionens format, länets beslut.
    /// </summary>
    public string ReserveNumberPattern { get; private set; } = ReserveNumber.DefaultPattern;

    /// <summary>The format in words, as a form shows it and an error names it.</summary>
    public string ReserveNumberDescription { get; private set; } = ReserveNumber.DefaultDescription;

    /// <summary>
    /// The FHIR identifier system of the region's reservnummer: the region's own OID for its local reserve
    /// identities (urn:oid:…) or a URI of its own. The default is SIP's, which says only that it is local.
    /// </summary>
    public string ReserveNumberSystem { get; private set; } = DefaultReserveNumberSystem;

    public const string DefaultReserveNumberSystem = "urn:sip:fhir:reservnummer";

    /// <summary>Reminders go out these many days after a missed deadline; after the last, the
    /// unit's manager is notified (escalation).</summary>
    public IReadOnlyList<int> ReminderDaysAfterDeadline => _reminderDaysAfterDeadline;

    /// <summary>
    /// The reminder steps due by <paramref name="today"/> for a missed deadline: step k falls its number of Swedish working
    /// days after the deadline (0 counts as 1), so a reminder never lands on a weekend or a holiday.
    /// </summary>
    public IEnumerable<int> RemindersDue(DateOnly deadline, DateOnly today)
    {
        var steps = _reminderDaysAfterDeadline.Order().ToList();
        return Enumerable.Range(0, steps.Count).Where(step => SwedishCalendar.AddWorkingDays(deadline, Math.Max(steps[step], 1)) <= today);
    }

    /// <summary>The last step escalates: it also reaches those who coordinate the plan.</summary>
    public bool IsEscalation(int step) => step == _reminderDaysAfterDeadline.Count - 1;

    public void Change(
        int invitationResponseWorkingDays,
        int daysToFirstMeeting,
        int actionAcceptanceWorkingDays,
        int followUpIntervalDays,
        int sipMeetingDaysAfterPlacement,
        int costAllocationWorkingDaysAfterAcutePlacement,
        IEnumerable<int> reminderDaysAfterDeadline)
    {
        ArgumentNullException.ThrowIfNull(reminderDaysAfterDeadline);
        var reminders = reminderDaysAfterDeadline.Order().ToList();
        Require(
            invitationResponseWorkingDays is >= Limits.InvitationResponseMin and <= Limits.InvitationResponseMax, "policy.invitation-days",
            "Svarstiden för kallelser ska vara 1–30 arbetsdagar.");
        Require(
            daysToFirstMeeting is >= Limits.FirstMeetingMin and <= Limits.FirstMeetingMax, "policy.meeting-days",
            "Tiden till första SIP-mötet ska vara 1–90 dagar.");
        Require(
            actionAcceptanceWorkingDays is >= Limits.ActionAcceptanceMin and <= Limits.ActionAcceptanceMax, "policy.action-days",
            "Svarstiden för insatser ska vara 1–30 arbetsdagar.");
        Require(
            followUpIntervalDays is >= Limits.FollowUpMin and <= Limits.FollowUpMax, "policy.follow-up-days",
            "Uppföljningsintervallet ska vara 7–365 dagar.");
        Require(
            sipMeetingDaysAfterPlacement is >= Limits.PlacementMeetingMin and <= Limits.PlacementMeetingMax, "policy.placement-days",
            "SIP efter placering ska hållas senast inom en vecka (1–7 dagar).");
        Require(
            costAllocationWorkingDaysAfterAcutePlacement is >= Limits.CostAllocationMin and <= Limits.CostAllocationMax,
            "policy.cost-allocation-days", "Kostnadsfördelning vid akut placering ska göras inom högst 10 arbetsdagar.");
        Require(
            reminders.Count is >= 1 and <= Limits.RemindersMax
                && reminders.All(d => d is >= 0 and <= Limits.ReminderMax)
                && reminders.Distinct().Count() == reminders.Count,
            "policy.reminders",
            "Ange 1–5 olika påminnelsedagar mellan 0 och 60.");

        InvitationResponseWorkingDays = invitationResponseWorkingDays;
        DaysToFirstMeeting = daysToFirstMeeting;
        ActionAcceptanceWorkingDays = actionAcceptanceWorkingDays;
        FollowUpIntervalDays = followUpIntervalDays;
        SipMeetingDaysAfterPlacement = sipMeetingDaysAfterPlacement;
        CostAllocationWorkingDaysAfterAcutePlacement = costAllocationWorkingDaysAfterAcutePlacement;
        _reminderDaysAfterDeadline.Clear();
        _reminderDaysAfterDeadline.AddRange(reminders);
    }

    /// <summary>Sets the county's own decisions on disagreements and feedback; they apply to steps begun from now on.</summary>
    public void ChangeDisagreementRules(
        int deviationStepWorkingDays, int feedbackResponseWorkingDays, EscalationLadderPreset escalationLadder)
    {
        Require(deviationStepWorkingDays is >= Limits.DeviationStepMin and <= Limits.DeviationStepMax, "policy.deviation-step-days",
            "Tiden för varje steg i en oenighet ska vara 1–30 arbetsdagar.");
        Require(feedbackResponseWorkingDays is >= Limits.FeedbackResponseMin and <= Limits.FeedbackResponseMax, "policy.feedback-days",
            "Svarstiden för synpunkter ska vara 1–30 arbetsdagar.");
        Require(Enum.IsDefined(escalationLadder), "policy.ladder", "Välj eskaleringstrappa: Gävleborg eller Jämtland Härjedalen.");

        DeviationStepWorkingDays = deviationStepWorkingDays;
        FeedbackResponseWorkingDays = feedbackResponseWorkingDays;
        EscalationLadder = escalationLadder;
    }

    /// <summary>Sets the region's reservnummer format; numbers already given keep theirs.</summary>
    public void ChangeReserveNumberFormat(string pattern, string description, string system)
    {
        Require(ReserveNumber.IsValidPattern(pattern), "policy.reserve-number-pattern",
            "Reservnummerformatet ska vara ett giltigt reguljärt uttryck (.NET) på högst 200 tecken.");
        Require(!string.IsNullOrWhiteSpace(description) && description.Trim().Length <= 200, "policy.reserve-number-description",
            "Beskriv reservnummerformatet med högst 200 tecken.");
        Require(IsSystem(system), "policy.reserve-number-system",
            "Identifierarsystemet ska vara en absolut URI, t.ex. urn:oid:1.2.752.97.3.1.3.");

        ReserveNumberPattern = pattern.Trim();
        ReserveNumberDescription = description.Trim();
        ReserveNumberSystem = system.Trim();
    }

    /// <summary>An absolute URI without spaces of at most 200 characters (FHIR's Identifier.system).</summary>
    public static bool IsSystem(string? system) =>
        system is { Length: > 0 and <= 200 } && !system.Any(char.IsWhiteSpace) && Uri.TryCreate(system, UriKind.Absolute, out _);

    /// <summary>Rule 23: the county's decision whether a private provider's unit may hold the overall responsibility.</summary>
    public void ChangeContractedProviderRule(bool contractedProvidersMayHoldOverallResponsibility) =>
        ContractedProvidersMayHoldOverallResponsibility = contractedProvidersMayHoldOverallResponsibility;

    private static void Require(bool condition, string code, string message)
    {
        if (!condition)
        {
            throw new DomainException(code, message);
        }
    }
}
