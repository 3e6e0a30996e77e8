using Sip.Domain.Plans;

namespace Sip.Infrastructure.Notifications;

/// <summary>
/// The e-mail a notice becomes. Sekretess: it names the plan by reference and links to it, and
/// never carries the person's name, personnummer or anything about their health or needs — the
/// recipient signs in to read the plan.
/// </summary>
public sealed record NoticeMail(string To, string Subject, string Body, string MessageId)
{
    public static NoticeMail Compose(OutboxMessage message, string to, string referenceNumber, Uri planAddress)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (subject, lead) = message.Kind switch
        {
            NoticeKind.Invitation => ("kallelse till samordnad individuell plan", "Er enhet är kallad att delta i en samordnad individuell plan (SIP). Besvara kallelsen i SIP."),
            NoticeKind.ActionProposed => ("insats att besvara", "En insats har föreslagits för er enhet. Acceptera eller avvisa den i SIP."),
            NoticeKind.ActionRejected => ("insats avvisad", "En insats i planen har avvisats av den ansvariga enheten. Skälet finns i planen."),
            NoticeKind.MeetingScheduled => ("SIP-möte bokat", "Ett SIP-möte har bokats. Tid och plats finns i planen."),
            NoticeKind.MeetingMoved => ("SIP-möte flyttat", "SIP-mötet har flyttats. Den nya tiden finns i planen."),
            NoticeKind.MeetingCancelled => ("SIP-möte inställt", "SIP-mötet har ställts in."),
            NoticeKind.ConsentWithdrawn => ("samtycke återkallat", "Personen har återkallat sitt samtycke. Ingen information får längre delas i planen."),
            NoticeKind.PlanEstablished => ("planen är fastställd", "Planen är fastställd. Er enhets insatser och nästa uppföljning finns i planen."),
            NoticeKind.Reminder => Reminder(message),
            _ => ("ändring i planen", "Planen har ändrats."),
        };
        return new NoticeMail(
            to,
            $"{referenceNumber}: {subject}",
            $"{lead}\r\n\r\nÖppna planen: {planAddress}\r\n\r\nMeddelandet skickas automatiskt från SIP och innehåller inga personuppgifter. Svara inte på det.\r\n",
            $"<{message.Key.Replace(':', '.')}@sip>");
    }

    private static (string Subject, string Lead) Reminder(OutboxMessage message)
    {
        var (subject, lead) = message.Deadline switch
        {
            DeadlineKind.InvitationUnanswered => ("påminnelse: kallelsen är obesvarad", "Svarstiden för kallelsen har gått ut."),
            DeadlineKind.ActionUnanswered => ("påminnelse: insats att besvara", "Tiden för att acceptera eller avvisa en insats har gått ut."),
            DeadlineKind.FirstMeetingNotHeld => ("påminnelse: SIP-mötet är inte hållet", "SIP-mötet skulle ha hållits enligt länsöverenskommelsen, men inget möte är bokat."),
            DeadlineKind.FollowUpOverdue => ("påminnelse: uppföljningen är försenad", "Datumet för uppföljning av planen har passerat."),
            DeadlineKind.PlacementSipNotHeld => ("påminnelse: SIP efter placering saknas", "En SIP ska hållas senast en vecka efter placeringen, men inget möte är bokat."),
            DeadlineKind.DraftUntouched => ("påminnelse: utkast som inte rörts", "Planen har legat som utkast i två veckor utan att något hänt."),
            _ => ("påminnelse", "En tidsfrist i planen har passerat."),
        };
        return message.IsEscalation
            ? ($"{subject} (eskalerad)", lead + " Ingen åtgärd har gjorts efter tidigare påminnelser; meddelandet går även till den som samordnar planen.")
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
        var content = $"Message-ID: {mail.MessageId}\r\nTo: {mail.To}\r\nFrom: SIP <noreply@sip.invalid>\r\nSubject: {mail.Subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{mail.Body}";
        await File.WriteAllTextAsync(Path.Combine(folder, name), content, cancellationToken).ConfigureAwait(false);
    }
}
