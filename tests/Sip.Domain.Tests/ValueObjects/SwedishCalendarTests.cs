using Sip.Domain.Calendar;

namespace Sip.Domain.Tests.ValueObjects;

public sealed class SwedishCalendarTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Easter_sunday_follows_the_gregorian_computus(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), SwedishCalendar.EasterSunday(year));

    [Fact]
    public void The_holidays_of_2026_are_the_ones_the_law_and_practice_name()
    {
        var holidays = SwedishCalendar.HolidaysIn(2026).ToDictionary(h => h.Name, h => h.Date);

        Assert.Equal(16, holidays.Count);
        Assert.Equal(new DateOnly(2026, 1, 1), holidays["Nyårsdagen"]);
        Assert.Equal(new DateOnly(2026, 1, 6), holidays["Trettondedag jul"]);
        Assert.Equal(new DateOnly(2026, 4, 3), holidays["Långfredagen"]);
        Assert.Equal(new DateOnly(2026, 4, 6), holidays["Annandag påsk"]);
        Assert.Equal(new DateOnly(2026, 5, 14), holidays["Kristi himmelsfärdsdag"]);
        Assert.Equal(new DateOnly(2026, 5, 24), holidays["Pingstdagen"]);
        Assert.Equal(new DateOnly(2026, 6, 6), holidays["Sveriges nationaldag"]);
        Assert.Equal(new DateOnly(2026, 6, 19), holidays["Midsommarafton"]);
        Assert.Equal(new DateOnly(2026, 6, 20), holidays["Midsommardagen"]);
        Assert.Equal(new DateOnly(2026, 10, 31), holidays["Alla helgons dag"]);
        Assert.Equal(new DateOnly(2026, 12, 24), holidays["Julafton"]);
        Assert.Equal(new DateOnly(2026, 12, 31), holidays["Nyårsafton"]);
    }

    [Theory]
    [InlineData(2026, 11, 23, true)]  // Monday
    [InlineData(2026, 11, 28, false)] // Saturday
    [InlineData(2026, 6, 19, false)]  // Midsommarafton
    [InlineData(2026, 12, 24, false)] // Julafton
    [InlineData(2026, 5, 1, false)]   // Första maj, a Friday
    [InlineData(2026, 4, 7, true)]    // Tuesday after Easter
    public void Working_days_are_weekdays_that_are_not_holidays_or_eves(int year, int month, int day, bool working) =>
        Assert.Equal(working, SwedishCalendar.IsWorkingDay(new DateOnly(year, month, day)));

    [Fact]
    public void Ten_working_days_from_a_decision_before_christmas_skip_the_holidays()
    {
        // After Thursday 17 Dec 2026: 18, 21, 22, 23, 28, 29, 30 Dec, 4, 5, 7 Jan.
        Assert.Equal(new DateOnly(2027, 1, 7), SwedishCalendar.AddWorkingDays(new DateOnly(2026, 12, 17), 10));
    }

    [Fact]
    public void One_working_day_from_maundy_thursday_is_the_tuesday_after_easter() =>
        Assert.Equal(new DateOnly(2026, 4, 7), SwedishCalendar.AddWorkingDays(new DateOnly(2026, 4, 2), 1));

    [Fact]
    public void Zero_working_days_is_the_start_and_negative_is_refused()
    {
        Assert.Equal(new DateOnly(2026, 11, 28), SwedishCalendar.AddWorkingDays(new DateOnly(2026, 11, 28), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SwedishCalendar.AddWorkingDays(new DateOnly(2026, 11, 28), -1));
    }

    [Fact]
    public void Working_days_between_counts_what_add_working_days_added()
    {
        Assert.Equal(10, SwedishCalendar.WorkingDaysBetween(new DateOnly(2026, 12, 17), new DateOnly(2027, 1, 7)));
        Assert.Equal(0, SwedishCalendar.WorkingDaysBetween(new DateOnly(2026, 12, 23), new DateOnly(2026, 12, 27)));
    }
}
