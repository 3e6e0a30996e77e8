using System.Globalization;
using System.Text;
using Sip.Domain.Plans;

namespace Sip.Infrastructure.Notifications;

/// <summary>
/// The meeting as an iCalendar event (RFC 5545). The UID and SEQUENCE are the meeting's own, so a moved meeting
/// updates the event already in the unit's calendar and a cancelled one removes it. It names the plan by reference only.
/// </summary>
public static class MeetingCalendar
{
    /// <param name="planAddress">Null for the person, a närstående or a guardian: their event carries the time only, since
    /// a place such as "Beroendemottagningen" would tell anyone reading their mail about their health.</param>
    public static string Event(Meeting meeting, NoticeKind kind, string referenceNumber, Uri? planAddress)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var cancelled = kind == NoticeKind.MeetingCancelled || meeting.Status == MeetingStatus.Cancelled;
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append("\r\n");
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//SIP//Samordnad individuell plan//SV");
        Line(cancelled ? "METHOD:CANCEL" : "METHOD:REQUEST");
        Line("BEGIN:VEVENT");
        Line($"UID:{meeting.Id:N}@sip");
        Line($"SEQUENCE:{meeting.Sequence.ToString(CultureInfo.InvariantCulture)}");
        Line($"DTSTAMP:{Utc(DateTimeOffset.UtcNow)}");
        Line($"DTSTART:{Utc(meeting.StartsAt)}");
        Line($"DTEND:{Utc(meeting.StartsAt + meeting.Duration)}");
        Line($"SUMMARY:{Escape($"SIP-möte {referenceNumber}")}");
        if (planAddress is null)
        {
            Line($"DESCRIPTION:{Escape($"Samordnad individuell plan {referenceNumber}. Platsen får du av den som bjöd in dig.")}");
        }
        else
        {
            Line($"LOCATION:{Escape(meeting.Location ?? meeting.VideoLink?.ToString() ?? "Digitalt möte")}");
            Line($"DESCRIPTION:{Escape($"Samordnad individuell plan {referenceNumber}. Öppna planen: {planAddress}")}");
        }

        Line(cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        Line("END:VEVENT");
        Line("END:VCALENDAR");
        return text.ToString();
    }

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);
}
