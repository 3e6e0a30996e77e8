using Sip.Application.Notifications;
using Sip.Domain.Plans;
using Sip.Infrastructure.Notifications;

namespace Sip.IntegrationTests;

/// <summary>
/// Rule 28 in the reminder e-mail: an unresolved deviation is named by the county's ladder, and its
/// last step is said to be the last.
/// </summary>
public sealed class DeviationReminderMailTests
{
    private static readonly Uri Plan = new("http://localhost/planer/1");

    [Fact]
    public void The_reminder_names_the_step_and_the_next_as_the_countys_ladder_does()
    {
        var message = OutboxMessage.Reminder(
            DeadlineKind.DeviationUnresolved, new DateOnly(2026, 12, 7), Guid.NewGuid(), NoticeRecipient.Unit, Guid.NewGuid(),
            Guid.NewGuid(), 0, false, DateTimeOffset.UtcNow);

        var middle = NoticeMail.Compose(
            message, "enhet@example.se", "SIP-2026-000123", Plan, ladder: ("Närmaste chefsled", "Länsledning Välfärd"));
        var last = NoticeMail.Compose(
            message, "enhet@example.se", "SIP-2026-000123", Plan, ladder: ("Länsledning Välfärd", null));

        Assert.Contains(
            "på steget Närmaste chefsled och bör lyftas till Länsledning Välfärd.", middle.Body, StringComparison.Ordinal);
        Assert.Contains("på steget Länsledning Välfärd, det sista i länets överenskommelse.", last.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("lyftas", last.Body, StringComparison.Ordinal);
    }
}
