using Sip.Domain.Policies;

namespace Sip.Domain.Tests.Rules;

/// <summary>Reminders after a missed deadline fall on Swedish working days (county policy: 1 and 5 working days after).</summary>
public sealed class ReminderScheduleTests
{
    private readonly CountyPolicy _policy = new(Guid.NewGuid(), "Testlän");

    [Theory]
    [InlineData("2027-03-25", "2027-03-25", new int[0])]      // the deadline day itself: not missed yet
    [InlineData("2027-03-25", "2027-03-29", new int[0])]      // Good Friday and Easter Monday are not working days
    [InlineData("2027-03-25", "2027-03-30", new[] { 0 })]     // first working day after: the first reminder
    [InlineData("2027-03-25", "2027-04-02", new[] { 0 })]
    [InlineData("2027-03-25", "2027-04-05", new[] { 0, 1 })]  // fifth working day after: the second, escalating
    [InlineData("2027-06-24", "2027-06-25", new int[0])]      // midsommarafton
    [InlineData("2027-06-24", "2027-06-28", new[] { 0 })]
    public void A_reminder_step_is_due_a_number_of_working_days_after_the_deadline(string deadline, string today, int[] due)
    {
        Assert.Equal(due, _policy.RemindersDue(DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Only_the_last_step_escalates()
    {
        Assert.False(_policy.IsEscalation(0));
        Assert.True(_policy.IsEscalation(1));
    }
}
