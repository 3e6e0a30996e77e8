using Sip.Domain.People;
using Sip.Domain.Plans;
using Sip.Domain.Users;

using static Sip.Web.Text;

namespace Sip.Web.Components;

/// <summary> The one place where the code's English names become the words Swedish staff use. Code says Action, the UI says insats.
/// </summary>
internal static partial class Glossary
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

    /// <summary>A date in the reader's language; the calendar day is always Sweden's.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", Culture);

    /// <summary>An instant as the clock on the wall in Sweden showed it (Europe/Stockholm).</summary>
    public static string Date(DateTimeOffset instant) => Sip.Domain.Calendar.SwedishTime.ToLocal(instant)
        .ToString("d MMM yyyy HH:mm", Culture);

    /// <summary>A date picked in a date picker, which hands over a DateTime.</summary>
    public static DateOnly? ToDate(DateTime? picked) => picked is { } d ? DateOnly.FromDateTime(d) : null;

    /// <summary>The reader's culture, for dates, date pickers and sorting names.</summary>
    public static System.Globalization.CultureInfo Culture => System.Globalization.CultureInfo.CurrentCulture;
}
