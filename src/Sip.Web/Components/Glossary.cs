using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Domain.Users;

using static Sip.Web.Text;

namespace Sip.Web.Components;

/// <summary>
/// The one place where the code's English names become the words Swedish staff use. Code says
/// Action, the UI says insats.
/// </summary>
internal static class Glossary
{
    public static string Of(PlanStatus status) => T(status switch
    {
        PlanStatus.Draft => "Utkast",
        PlanStatus.Invited => "Kallad",
        PlanStatus.Established => "Fastställd",
        PlanStatus.Closed => "Avslutad",
        PlanStatus.Cancelled => "Makulerad",
        _ => status.ToString(),
    });

    /// <summary>The kind of identity; the last two are the flag shown for a person without personnummer.</summary>
    public static string Of(IdentityKind kind) => T(kind switch
    {
        IdentityKind.PersonalIdentityNumber => "Personnummer/samordningsnummer",
        IdentityKind.ReserveNumber => "Reservnummer",
        IdentityKind.None => "Saknar personnummer",
        _ => kind.ToString(),
    });

    public static string Of(UserRole role) => T(role switch
    {
        UserRole.SocialWorker => "Socialsekreterare",
        UserRole.HealthcareStaff => "Hälso- och sjukvård",
        UserRole.SipSupport => "SIP-stödjare",
        UserRole.Administrator => "Administratör",
        _ => role.ToString(),
    });

    public static string Of(ParticipantKind kind) => T(kind switch
    {
        ParticipantKind.Person => "Den enskilde",
        ParticipantKind.NextOfKin => "Närstående",
        ParticipantKind.Guardian => "Vårdnadshavare",
        ParticipantKind.PrincipalUnit => "Huvudmannens enhet",
        ParticipantKind.OtherActor => "Annan aktör",
        ParticipantKind.GodMan => "God man",
        ParticipantKind.Forvaltare => "Förvaltare",
        ParticipantKind.Ombud => "Ombud",
        ParticipantKind.SupportPerson => "Stödperson",
        ParticipantKind.Interpreter => "Tolk",
        _ => kind.ToString(),
    });

    public static string Of(InvitationState state) => T(state switch
    {
        InvitationState.Invited => "Inväntar svar",
        InvitationState.Accepted => "Deltar",
        InvitationState.Declined => "Har tackat nej",
        InvitationState.Forwarded => "Kallelsen vidarebefordrad",
        InvitationState.Withdrawn => "Kallelsen återkallad",
        _ => state.ToString(),
    });

    public static string Of(ActionStatus status) => T(status switch
    {
        ActionStatus.Proposed => "Föreslagen",
        ActionStatus.Accepted => "Accepterad",
        ActionStatus.Rejected => "Avvisad",
        ActionStatus.Ongoing => "Pågår",
        ActionStatus.Completed => "Genomförd",
        ActionStatus.Discontinued => "Avbruten",
        _ => status.ToString(),
    });

    public static string Of(OriginKind origin) => T(origin switch
    {
        OriginKind.SocialServicesCase => "Ärende i socialtjänsten",
        OriginKind.HealthCareContact => "Vårdkontakt",
        OriginKind.DischargeFromInpatientCare => "Utskrivning från slutenvård",
        _ => origin.ToString(),
    });

    public static string Of(ConsentGiver giver) => T(giver switch
    {
        ConsentGiver.Person => "Personen själv",
        ConsentGiver.Guardians => "Vårdnadshavare",
        ConsentGiver.Representative => "Ställföreträdare",
        _ => giver.ToString(),
    });

    public static string Of(ConsentForm form) => T(form == ConsentForm.Written ? "Skriftligt" : "Muntligt");

    public static string Of(MeetingStatus status) => T(status switch
    {
        MeetingStatus.Scheduled => "Planerat",
        MeetingStatus.Held => "Genomfört",
        MeetingStatus.Cancelled => "Inställt",
        _ => status.ToString(),
    });

    public static string Of(MeetingDeadlineState state) => T(state switch
    {
        MeetingDeadlineState.Pending => "inget möte bokat i tid",
        MeetingDeadlineState.Booked => "möte bokat i tid",
        MeetingDeadlineState.BookedLate => "mötet är bokat efter sista dag",
        MeetingDeadlineState.Overdue => "försenat: inget möte hållet",
        MeetingDeadlineState.Met => "hållet i tid",
        MeetingDeadlineState.HeldLate => "hållet efter sista dag",
        _ => state.ToString(),
    });

    public static string Of(PlanCloseReason reason) => T(reason switch
    {
        PlanCloseReason.GoalsReached => "Målen är nådda eller samordning behövs inte längre",
        PlanCloseReason.PersonEnded => "Personen vill avsluta sin SIP",
        PlanCloseReason.NoLongerCoordinated => "Behoven ligger nu hos en huvudman",
        PlanCloseReason.PersonMoved => "Personen har flyttat",
        PlanCloseReason.PersonDeceased => "Personen har avlidit",
        PlanCloseReason.Other => "Annat skäl",
        _ => reason.ToString(),
    });

    public static string Of(Sip.Domain.Organizations.UnitKind kind) => T(kind switch
    {
        Sip.Domain.Organizations.UnitKind.SocialServices => "Socialtjänst",
        Sip.Domain.Organizations.UnitKind.PrimaryCare => "Hälsocentral",
        Sip.Domain.Organizations.UnitKind.PsychiatryAndDependence => "Psykiatri och beroendevård",
        Sip.Domain.Organizations.UnitKind.MunicipalHealthCare => "Kommunal hälso- och sjukvård",
        Sip.Domain.Organizations.UnitKind.HospitalCare => "Slutenvård",
        Sip.Domain.Organizations.UnitKind.ResidentialCare => "HVB",
        Sip.Domain.Organizations.UnitKind.OtherActor => "Annan aktör",
        _ => kind.ToString(),
    });

    public static string Principal(string principal) => T(principal switch
    {
        "Municipality" => "Kommunen",
        "Region" => "Regionen",
        "Other" => "Annan aktör",
        _ => principal,
    });

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

    /// <summary>Rule 24: where a child in the household lives.</summary>
    public static string Of(ChildLivesWith livesWith) => T(livesWith switch
    {
        ChildLivesWith.ThePerson => "Hos personen",
        ChildLivesWith.OtherParent => "Hos andra föräldern",
        ChildLivesWith.Elsewhere => "Annat boende",
        _ => "Placerat",
    });

    /// <summary>Rule 24: who has custody of a child in the household.</summary>
    public static string Of(ChildCustody custody) => T(custody switch
    {
        ChildCustody.ThePerson => "Personen",
        ChildCustody.Joint => "Gemensam vårdnad",
        ChildCustody.Other => "Annan vårdnadshavare",
        _ => "Socialtjänsten",
    });

    public static string Of(ActionNature nature) => T(nature switch
    {
        ActionNature.Social => "Social",
        ActionNature.Medical => "Medicinsk",
        _ => "Inte markerad",
    });

    public static string Of(CostShareKind kind) => T(kind switch
    {
        CostShareKind.Percent => "Procent",
        CostShareKind.AmountPerDay => "Kronor per dygn",
        _ => "Kronor per månad",
    });

    public static string Of(CostAllocationState state) => T(state switch
    {
        CostAllocationState.Proposed => "Förslag",
        CostAllocationState.Agreed => "Överenskommen",
        _ => "Invändning",
    });

    public static string Of(CostDisputeGround ground) => T(ground switch
    {
        CostDisputeGround.SharesOrBasis => "Andelarna eller underlaget",
        CostDisputeGround.NeedBelongsToOtherPrincipal => "Behovet är den andra huvudmannens ansvar",
        _ => "Placeringen är redan gjord",
    });

    public static string Of(PlacementLegalBasis basis) => T(basis switch
    {
        PlacementLegalBasis.Sol => "SoL",
        PlacementLegalBasis.Lvm => "LVM",
        PlacementLegalBasis.Lvu => "LVU",
        _ => "LVU för 18–20-åringar",
    });

    public static string Of(PlacementMotive motive) => T(motive switch
    {
        PlacementMotive.SubstanceUse => "Missbruk eller beroende",
        PlacementMotive.CoOccurringMentalIllness => "Samsjuklighet med psykisk ohälsa",
        PlacementMotive.Gambling => "Spelberoende",
        PlacementMotive.OwnBehaviour => "Eget destruktivt beteende",
        _ => "Annat motiv",
    });

    public static string Of(MedicalCareChoice choice) => T(choice switch
    {
        MedicalCareChoice.RemissToHostRegion => "Remiss till regionen där boendet ligger",
        MedicalCareChoice.OwnCare => "Regionens egen vård",
        _ => "Vård på boendet",
    });

    /// <summary>A principal's share of a placement's cost, as the ansvarsförbindelse states it.</summary>
    public static string Share(CostShareKind kind, decimal share) => kind switch
    {
        CostShareKind.Percent => $"{share.ToString("0.##", Culture)} %",
        CostShareKind.AmountPerDay => T("{0} kr per dygn", share.ToString("N0", Culture)),
        _ => T("{0} kr per månad", share.ToString("N0", Culture)),
    };

    public static string Of(DeadlineKind kind) => T(kind switch
    {
        DeadlineKind.InvitationUnanswered => "Kallelse obesvarad",
        DeadlineKind.ActionUnanswered => "Insats obesvarad",
        DeadlineKind.FirstMeetingNotHeld => "SIP-möte inte hållet",
        DeadlineKind.FollowUpOverdue => "Uppföljning försenad",
        DeadlineKind.PlacementSipNotHeld => "SIP efter placering saknas",
        DeadlineKind.DraftUntouched => "Utkast orört",
        DeadlineKind.CostAllocationNotSettled => "Kostnadsfördelning inte klar",
        DeadlineKind.DeviationUnresolved => "Avvikelse olöst",
        DeadlineKind.ActionNotExecuted => "Insats ej verkställd",
        DeadlineKind.LvmChecklistOpen => "Checklista för LVM inte klar",
        _ => "Synpunkt obesvarad",
    });

    public static string Of(Sip.Application.Features.Audit.AuditFinding finding) => T(finding switch
    {
        Sip.Application.Features.Audit.AuditFinding.NoOverallResponsible => "Inget övergripande ansvar",
        Sip.Application.Features.Audit.AuditFinding.NoConsent => "Inget gällande samtycke",
        Sip.Application.Features.Audit.AuditFinding.NoMeetingWithinPolicy => "Inget SIP-möte i tid",
        Sip.Application.Features.Audit.AuditFinding.ActionsNotExecuted => "Insatser ej verkställda inom tre månader",
        Sip.Application.Features.Audit.AuditFinding.LvmChecklistOpen => "Placeringar enligt LVM med öppen checklista",
        _ => "Insatser som väntar på svar",
    });

    public static string Of(FeedbackKind kind) => T(kind == FeedbackKind.Complaint ? "Klagomål" : "Synpunkt");

    /// <summary>A date in the reader's language; the calendar day is always Sweden's.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", Culture);

    /// <summary>An instant as the clock on the wall in Sweden showed it (Europe/Stockholm).</summary>
    public static string Date(DateTimeOffset instant) => Sip.Domain.Calendar.SwedishTime.ToLocal(instant).ToString("d MMM yyyy HH:mm", Culture);

    /// <summary>A date picked in a date picker, which hands over a DateTime.</summary>
    public static DateOnly? ToDate(DateTime? picked) => picked is { } d ? DateOnly.FromDateTime(d) : null;

    /// <summary>The reader's culture, for dates, date pickers and sorting names.</summary>
    public static System.Globalization.CultureInfo Culture => System.Globalization.CultureInfo.CurrentCulture;
}
