using static Sip.Web.Text;

namespace Sip.Web.Components;

/// <summary>The access log's use case names in the words of the person reading the log.</summary>
internal static partial class Glossary
{
    /// <summary>A use case as the access log names it, in the words of the person reading the log.</summary>
    public static string UseCase(string name) => UseCases.TryGetValue(name, out var words) ? T(words) : name;

    private static readonly Dictionary<string, string> UseCases = new(StringComparer.Ordinal)
    {
        ["GetPlan"] = "öppnade planen",
        ["ListMyPlans"] = "listade planer",
        ["GetPlanVersions"] = "läste versionshistoriken",
        ["GetWrittenPlan"] = "hämtade den skriftliga planen (PDF)",
        ["GetPlanForExport"] = "exporterade planen som FHIR",
        ["GetPlanAuditTrail"] = "läste loggen",
        ["GetUnitInbox"] = "läste inkorgen",
        ["StartPlanFromCase"] = "startade SIP",
        ["RecordConsent"] = "registrerade samtycke",
        ["WithdrawConsent"] = "registrerade återkallat samtycke",
        ["InviteParticipant"] = "bjöd in deltagare",
        ["RespondToInvitation"] = "besvarade kallelse",
        ["ForwardInvitation"] = "vidarebefordrade kallelse",
        ["WithdrawInvitation"] = "återkallade kallelse",
        ["RecordGoalsAndNeeds"] = "ändrade mål och behov",
        ["RecordReportOfConcernAssessment"] = "dokumenterade bedömning av orosanmälan",
        ["RecordChildrenInHousehold"] = "registrerade barn i hushållet",
        ["AssignOverallResponsibility"] = "ändrade övergripande ansvar",
        ["NameFastCareContact"] = "angav fast vårdkontakt",
        ["RecordCommunicationNeed"] = "registrerade behov av tolk eller kommunikationsstöd",
        ["ProposeAction"] = "föreslog insats",
        ["DecideAction"] = "besvarade insats",
        ["ChangeActionStatus"] = "ändrade status på insats",
        ["ReportActionToIvo"] = "registrerade rapport till IVO om ej verkställd insats",
        ["ScheduleMeeting"] = "bokade SIP-möte",
        ["RescheduleMeeting"] = "flyttade SIP-möte",
        ["CancelMeeting"] = "ställde in SIP-möte",
        ["RecordMeetingHeld"] = "markerade SIP-möte som genomfört",
        ["EstablishPlan"] = "fastställde planen",
        ["ScheduleFollowUp"] = "planerade uppföljning",
        ["RecordFollowUp"] = "genomförde uppföljning",
        ["ClosePlan"] = "avslutade planen",
        ["CancelPlan"] = "makulerade planen",
        ["ChangeParticipantEmail"] = "ändrade e-post för kallelser",
        ["RegisterPlacement"] = "registrerade placering",
        ["ChooseMedicalCare"] = "valde hur hälso- och sjukvården ges vid placeringen",
        ["RecordLvmChecklist"] = "dokumenterade anmälan enligt 6 § LVM och läkarintyg",
        ["ClassifyAction"] = "markerade insats social eller medicinsk",
        ["ProposeCostAllocation"] = "föreslog kostnadsfördelning",
        ["AgreeCostAllocation"] = "godkände kostnadsfördelning",
        ["DisputeCostAllocation"] = "invände mot kostnadsfördelning",
        ["RaiseDeviation"] = "registrerade avvikelse",
        ["EscalateDeviation"] = "lyfte avvikelse",
        ["ResolveDeviation"] = "löste avvikelse",
        ["RecordFeedback"] = "registrerade synpunkt",
        ["AnswerFeedback"] = "besvarade synpunkt",
        ["ReviewAccessLog"] = "gjorde loggkontroll",
        ["CreateUnit"] = "lade till enhet",
        ["UpdateUnit"] = "ändrade enhet",
        ["CreateUser"] = "lade till användare",
        ["UpdateUser"] = "ändrade användare",
        ["ImportDirectory"] = "importerade katalogen",
        ["ChangeCountyPolicy"] = "ändrade tidsfristerna",
        ["ChooseLanguage"] = "valde språk",
    };
}
