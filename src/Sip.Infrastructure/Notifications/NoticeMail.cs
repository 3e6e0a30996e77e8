using Sip.Application.Notifications;
using Sip.Domain.Plans;

namespace Sip.Infrastructure.Notifications;

/// <summary>
/// The e-mail a notice becomes. Sekretess: it names the plan by reference and links to it, and
/// never carries the person's name, personnummer or anything about their health or needs — the
/// recipient signs in to read the plan.
/// </summary>
public sealed record NoticeMail(string To, string Subject, string Body, string MessageId, string? Calendar = null)
{
    public const string From = "noreply@sip.invalid";

    /// <summary>The message as it travels: plain text, and the meeting as an iCalendar part a calendar program acts on.</summary>
    public MimeKit.MimeMessage ToMime(string from)
    {
        var mime = new MimeKit.MimeMessage { MessageId = MessageId.Trim('<', '>'), Subject = Subject };
        mime.From.Add(new MimeKit.MailboxAddress("SIP", from));
        mime.To.Add(MimeKit.MailboxAddress.Parse(To));
        var text = new MimeKit.TextPart("plain") { Text = Body };
        if (Calendar is null)
        {
            mime.Body = text;
            return mime;
        }

        var invitation = new MimeKit.TextPart("calendar") { Text = Calendar };
        invitation.ContentType.Parameters.Add(
            "method", Calendar.Contains("METHOD:CANCEL", StringComparison.Ordinal) ? "CANCEL" : "REQUEST");
        mime.Body = new MimeKit.Multipart("alternative") { text, invitation };
        return mime;
    }

    /// <summary>
    /// The e-mail for one outbox message; <paramref name="planAddress"/> is null for people who do not sign in, told to ask whoever
    /// invited them. <paramref name="ladder"/> names a deviation's steps (rule 28), <paramref name="need"/> the tolk (rule 25).
    /// </summary>
    public static NoticeMail Compose(
        OutboxMessage message,
        string to,
        string referenceNumber,
        Uri? planAddress,
        Meeting? meeting = null,
        (string Step, string? Next)? ladder = null,
        CommunicationNeed? need = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (subject, lead) = planAddress is null ? ToPerson(message.Kind) : message.Kind switch
        {
            NoticeKind.Invitation => (
                "kallelse till samordnad individuell plan",
                "Er enhet är kallad att delta i en samordnad individuell plan (SIP). Besvara kallelsen i SIP."),
            NoticeKind.InvitationForwarded => ("kallelse vidarebefordrad",
                "En kallad enhet har vidarebefordrat kallelsen till en annan enhet hos samma huvudman. "
                + "Skälet och den nya enheten finns i planen."),
            NoticeKind.InvitationWithdrawn => ("kallelse återkallad",
                "Den initierande enheten har återkallat kallelsen till er enhet; ni behöver inte svara. Skälet finns i planen."),
            NoticeKind.ActionStayedWithUnit => ("insats stannar hos enheten",
                "En kallad enhet har vidarebefordrat kallelsen, men en insats som enheten redan har beslutat om stannar hos den "
                + "och följde inte med. Insatsen finns i planen."),
            NoticeKind.ActionProposed => (
                "insats att besvara", "En insats har föreslagits för er enhet. Acceptera eller avvisa den i SIP."),
            NoticeKind.ActionRejected => (
                "insats avvisad", "En insats i planen har avvisats av den ansvariga enheten. Skälet finns i planen."),
            NoticeKind.MeetingScheduled => ("SIP-möte bokat", "Ett SIP-möte har bokats. Tid och plats finns i planen."),
            NoticeKind.MeetingMoved => ("SIP-möte flyttat", "SIP-mötet har flyttats. Den nya tiden finns i planen."),
            NoticeKind.MeetingCancelled => ("SIP-möte inställt", "SIP-mötet har ställts in."),
            NoticeKind.ConsentWithdrawn => (
                "samtycke återkallat", "Personen har återkallat sitt samtycke. Ingen information får längre delas i planen."),
            NoticeKind.PlanEstablished => (
                "planen är fastställd", "Planen är fastställd. Er enhets insatser och nästa uppföljning finns i planen."),
            NoticeKind.Reminder => Reminder(message, ladder),
            _ => ("ändring i planen", "Planen har ändrats."),
        };
        var open = planAddress is null
            ? "Har du frågor, kontakta den som bjöd in dig till planen."
            : $"Öppna planen: {planAddress}";
        return new NoticeMail(
            to,
            $"{referenceNumber}: {subject}",
            $"{lead}{Support(need)}\r\n\r\n{open}\r\n\r\n"
                + "Meddelandet skickas automatiskt från SIP och innehåller inga personuppgifter. Svara inte på det.\r\n",
            $"<{message.Key.Replace(':', '.')}@sip>",
            meeting is null ? null : MeetingCalendar.Event(meeting, message.Kind, referenceNumber, planAddress));
    }

    /// <summary>
    /// Whoever books the meeting books the tolk, so the kallelse says so. The language alone names no
    /// one; what other support the person needs may say something of their health, so it stays in the plan.
    /// </summary>
    private static string Support(CommunicationNeed? need) => need switch
    {
        null => string.Empty,
        { InterpreterNeeded: true, OtherSupport: null } => $"\r\n\r\nTolk behövs vid mötena: {need.Language}.",
        { InterpreterNeeded: true } =>
            $"\r\n\r\nTolk behövs vid mötena: {need.Language}. Personen behöver också annat kommunikationsstöd, se planen.",
        { OtherSupport: not null } => "\r\n\r\nPersonen behöver kommunikationsstöd vid mötena, se planen.",
        _ => string.Empty,
    };

    private static (string Subject, string Lead) ToPerson(NoticeKind kind) => kind switch
    {
        NoticeKind.Invitation => (
            "inbjudan till samordnad individuell plan", "Du är inbjuden att delta i arbetet med en samordnad individuell plan (SIP)."),
        NoticeKind.MeetingScheduled => (
            "möte bokat", "Ett möte om den samordnade individuella planen har bokats. Tiden finns i kalenderinbjudan i meddelandet."),
        NoticeKind.MeetingMoved => (
            "mötet är flyttat",
            "Mötet om den samordnade individuella planen har flyttats. Den nya tiden finns i kalenderinbjudan i meddelandet."),
        NoticeKind.MeetingCancelled => ("mötet är inställt", "Mötet om den samordnade individuella planen är inställt."),
        _ => ("meddelande om samordnad individuell plan", "Något har hänt i den samordnade individuella planen."),
    };

    private static string DeviationLead((string Step, string? Next)? ladder) => ladder switch
    {
        { Next: { } next } step => $"{Unresolved} på steget {step.Step} och bör lyftas till {next}.",
        { } last => $"{Unresolved} på steget {last.Step}, det sista i länets överenskommelse.",
        null => "En avvikelse om ansvar eller kostnad är inte löst på sin nivå i tid och bör lyftas vidare.",
    };

    private const string Unresolved = "En avvikelse om ansvar eller kostnad är inte löst i tid";

    private static (string Subject, string Lead) Reminder(OutboxMessage message, (string Step, string? Next)? ladder)
    {
        var (subject, lead) = message.Deadline switch
        {
            DeadlineKind.InvitationUnanswered => ("påminnelse: kallelsen är obesvarad", "Svarstiden för kallelsen har gått ut."),
            DeadlineKind.ActionUnanswered => (
                "påminnelse: insats att besvara", "Tiden för att acceptera eller avvisa en insats har gått ut."),
            DeadlineKind.FirstMeetingNotHeld => ("påminnelse: SIP-mötet är inte hållet",
                "SIP-mötet skulle ha hållits enligt länsöverenskommelsen, men inget möte är markerat som genomfört. "
                + "Ett bokat möte räknas först när det har hållits."),
            DeadlineKind.FollowUpOverdue => (
                "påminnelse: uppföljningen är försenad", "Datumet för uppföljning av planen har passerat."),
            DeadlineKind.PlacementSipNotHeld => ("påminnelse: SIP efter placering saknas",
                "En SIP ska hållas senast en vecka efter placeringen, men inget möte är markerat som genomfört. "
                + "Ett möte som är bokat efter den dagen håller inte fristen."),
            DeadlineKind.DraftUntouched => (
                "påminnelse: utkast som inte rörts", "Planen har legat som utkast i två veckor utan att något hänt."),
            DeadlineKind.CostAllocationNotSettled => (
                "påminnelse: kostnadsfördelningen är inte klar",
                "Kostnadsfördelningen för en akut placering skulle ha avgjorts inom tio arbetsdagar från beslutet."),
            DeadlineKind.DeviationUnresolved =>
                ("påminnelse: avvikelse olöst", DeviationLead(ladder) + " Personens insatser fortsätter under tiden."),
            DeadlineKind.FeedbackUnanswered => (
                "påminnelse: synpunkt obesvarad", "Personen har inte fått svar på en synpunkt eller ett klagomål."),
            DeadlineKind.ActionNotExecuted => (
                "påminnelse: insats ej verkställd",
                "En beviljad insats har inte påbörjats inom tre månader från beslutet. "
                    + "Den ska rapporteras till IVO som ej verkställt beslut."),
            DeadlineKind.LvmChecklistOpen => (
                "påminnelse: checklistan för LVM är inte klar",
                "Personen är placerad enligt LVM, men planen saknar hälso- och sjukvårdens anmälan enligt 6 § LVM "
                    + "eller uppgift om var läkarintyget skrivs. Dokumentera stegen i planens placering."),
            _ => ("påminnelse", "En tidsfrist i planen har passerat."),
        };
        return message.IsEscalation
            ? (
                $"{subject} (eskalerad)",
                lead + " Ingen åtgärd har gjorts efter tidigare påminnelser; meddelandet går även till den som samordnar planen, "
                    + "till enhetens chef och till SIP-stödjaren.")
            : (subject, lead);
    }
}

/// <summary>Where e-mail goes: a pickup folder on the embedded default, an SMTP server in production.</summary>
public interface IMailDelivery
{
    Task DeliverAsync(NoticeMail mail, CancellationToken cancellationToken);
}

/// <summary>
/// The embedded default writes each e-mail as an .eml file instead of sending it, so a demo or a
/// laptop install never mails anyone. Named by the message id, so a repeat overwrites, never doubles.
/// </summary>
public sealed class PickupFolderDelivery(string folder) : IMailDelivery
{
    public async Task DeliverAsync(NoticeMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        Directory.CreateDirectory(folder);
        var name = string.Concat(mail.MessageId.Trim('<', '>').Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' ? c : '_')) + ".eml";
        await mail.ToMime(NoticeMail.From).WriteToAsync(Path.Combine(folder, name), cancellationToken);
    }
}

/// <summary>Sends over SMTP to the county's mail server (STARTTLS when offered).</summary>
public sealed class SmtpDelivery(string host, int port, string? userName, string? password, string from) : IMailDelivery
{
    public async Task DeliverAsync(NoticeMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        using var smtp = new MailKit.Net.Smtp.SmtpClient();
        await smtp.ConnectAsync(host, port, MailKit.Security.SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        if (!string.IsNullOrEmpty(userName))
        {
            await smtp.AuthenticateAsync(userName, password ?? string.Empty, cancellationToken);
        }

        await smtp.SendAsync(mail.ToMime(from), cancellationToken);
        await smtp.DisconnectAsync(quit: true, cancellationToken);
    }
}
