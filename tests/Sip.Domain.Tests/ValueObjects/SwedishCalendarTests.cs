using Sip.Domain.Calendar;

namespace Sip.Domain.Tests.ValueObjects;

/// <summary>Dates checked against printed Swedish almanacs; weekdays worked out by hand.</summary>
public sealed class SwedishCalendarTests
{
    [Theory]
    [InlineData(1818, 3, 22)] // earliest possible
    [InlineData(1943, 4, 25)] // latest possible
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Easter_sunday_follows_the_gregorian_computus(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), SwedishCalendar.EasterSunday(year));

    [Fact]
    public void Easter_is_always_a_sunday_between_22_march_and_25_april()
    {
        for (var year = 1600; year <= 2400; year++)
        {
            var easter = SwedishCalendar.EasterSunday(year);

            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }

    [Fact]
    public void The_holidays_of_2026_are_the_ones_the_law_and_practice_name_in_date_order()
    {
        Holiday[] expected =
        [
            new(new DateOnly(2026, 1, 1), "Nyårsdagen"),
            new(new DateOnly(2026, 1, 6), "Trettondedag jul"),
            new(new DateOnly(2026, 4, 3), "Långfredagen"),
            new(new DateOnly(2026, 4, 5), "Påskdagen"),
            new(new DateOnly(2026, 4, 6), "Annandag påsk"),
            new(new DateOnly(2026, 5, 1), "Första maj"),
            new(new DateOnly(2026, 5, 14), "Kristi himmelsfärdsdag"),
            new(new DateOnly(2026, 5, 24), "Pingstdagen"),
            new(new DateOnly(2026, 6, 6), "Sveriges nationaldag"),
            new(new DateOnly(2026, 6, 19), "Midsommarafton"),
            new(new DateOnly(2026, 6, 20), "Midsommardagen"),
            new(new DateOnly(2026, 10, 31), "Alla helgons dag"),
            new(new DateOnly(2026, 12, 24), "Julafton"),
            new(new DateOnly(2026, 12, 25), "Juldagen"),
            new(new DateOnly(2026, 12, 26), "Annandag jul"),
            new(new DateOnly(2026, 12, 31), "Nyårsafton"),
        ];

        Assert.Equal(expected, SwedishCalendar.HolidaysIn(2026));
    }

    [Fact]
    public void The_movable_holidays_of_2027_fall_at_the_far_end_of_their_ranges()
    {
        var holidays = SwedishCalendar.HolidaysIn(2027).ToDictionary(h => h.Name, h => h.Date);

        Assert.Equal(new DateOnly(2027, 3, 26), holidays["Långfredagen"]);
        Assert.Equal(new DateOnly(2027, 3, 29), holidays["Annandag påsk"]);
        Assert.Equal(new DateOnly(2027, 5, 6), holidays["Kristi himmelsfärdsdag"]);
        Assert.Equal(new DateOnly(2027, 5, 16), holidays["Pingstdagen"]);
        Assert.Equal(new DateOnly(2027, 6, 25), holidays["Midsommarafton"]);
        Assert.Equal(new DateOnly(2027, 6, 26), holidays["Midsommardagen"]);
        Assert.Equal(new DateOnly(2027, 11, 6), holidays["Alla helgons dag"]);
    }

    [Theory]
    [InlineData(2024, 21, 11, 2)]
    [InlineData(2025, 20, 11, 1)]
    [InlineData(2026, 19, 10, 31)]
    [InlineData(2027, 25, 11, 6)]
    public void Midsommar_and_alla_helgons_dag_move_with_the_weekday(int year, int midsommarDay, int allaHelgonsMonth, int allaHelgonsDay)
    {
        var holidays = SwedishCalendar.HolidaysIn(year).ToDictionary(h => h.Name, h => h.Date);

        Assert.Equal(new DateOnly(year, 6, midsommarDay), holidays["Midsommarafton"]);
        Assert.Equal(new DateOnly(year, 6, midsommarDay + 1), holidays["Midsommardagen"]);
        Assert.Equal(new DateOnly(year, allaHelgonsMonth, allaHelgonsDay), holidays["Alla helgons dag"]);
    }

    [Fact]
    public void Every_year_has_the_sixteen_days_with_midsommar_and_alla_helgon_on_the_right_weekdays()
    {
        for (var year = 1954; year <= 2200; year++)
        {
            var holidays = SwedishCalendar.HolidaysIn(year);
            var byName = holidays.ToDictionary(h => h.Name, h => h.Date);

            Assert.Equal(16, holidays.Count);
            Assert.Equal(DayOfWeek.Friday, byName["Midsommarafton"].DayOfWeek);
            Assert.InRange(byName["Midsommarafton"], new DateOnly(year, 6, 19), new DateOnly(year, 6, 25));
            Assert.Equal(DayOfWeek.Saturday, byName["Midsommardagen"].DayOfWeek);
            Assert.InRange(byName["Midsommardagen"], new DateOnly(year, 6, 20), new DateOnly(year, 6, 26));
            Assert.Equal(DayOfWeek.Saturday, byName["Alla helgons dag"].DayOfWeek);
            Assert.InRange(byName["Alla helgons dag"], new DateOnly(year, 10, 31), new DateOnly(year, 11, 6));
            Assert.Equal(DayOfWeek.Thursday, byName["Kristi himmelsfärdsdag"].DayOfWeek);
            Assert.Equal(DayOfWeek.Friday, byName["Långfredagen"].DayOfWeek);
        }
    }

    [Fact]
    public void Two_holidays_on_one_date_are_both_listed()
    {
        // Easter 2008 was 23 March, so Kristi himmelsfärdsdag fell on Första maj.
        var firstOfMay = SwedishCalendar.HolidaysIn(2008).Where(h => h.Date == new DateOnly(2008, 5, 1)).Select(h => h.Name);

        string[] expected = ["Första maj", "Kristi himmelsfärdsdag"];

        Assert.Equal(expected, firstOfMay.Order(StringComparer.Ordinal));
        Assert.True(SwedishCalendar.IsHoliday(new DateOnly(2008, 5, 1)));
        Assert.True(SwedishCalendar.IsWorkingDay(new DateOnly(2008, 5, 2)));
    }

    [Fact]
    public void The_holiday_list_is_cached_and_cannot_be_edited_by_a_caller()
    {
        var holidays = SwedishCalendar.HolidaysIn(2026);

        Assert.Same(holidays, SwedishCalendar.HolidaysIn(2026));
        Assert.True(((ICollection<Holiday>)holidays).IsReadOnly);
    }

    [Theory]
    [InlineData(2026, 1, 6, true)]   // Trettondedag jul, a Tuesday
    [InlineData(2026, 6, 20, true)]  // Midsommardagen, a Saturday
    [InlineData(2026, 12, 31, true)] // Nyårsafton
    [InlineData(2026, 11, 28, false)] // an ordinary Saturday is not a holiday
    [InlineData(2026, 4, 30, false)] // Valborgsmässoafton is a working day
    [InlineData(2026, 5, 15, false)] // the Friday after Kristi himmelsfärd is not a holiday
    public void Is_holiday_knows_only_holidays_and_eves(int year, int month, int day, bool holiday) =>
        Assert.Equal(holiday, SwedishCalendar.IsHoliday(new DateOnly(year, month, day)));

    [Theory]
    [InlineData(2026, 11, 23, true)]  // Monday
    [InlineData(2026, 11, 27, true)]  // Friday
    [InlineData(2026, 11, 28, false)] // Saturday
    [InlineData(2026, 11, 29, false)] // Sunday
    [InlineData(2026, 1, 1, false)]   // Nyårsdagen, a Thursday
    [InlineData(2026, 1, 6, false)]   // Trettondedag jul, a Tuesday
    [InlineData(2026, 4, 3, false)]   // Långfredagen
    [InlineData(2026, 4, 6, false)]   // Annandag påsk
    [InlineData(2026, 4, 7, true)]    // Tuesday after Easter
    [InlineData(2026, 5, 1, false)]   // Första maj, a Friday
    [InlineData(2026, 5, 14, false)]  // Kristi himmelsfärdsdag
    [InlineData(2026, 5, 15, true)]   // the Friday after it
    [InlineData(2025, 6, 6, false)]   // Sveriges nationaldag on a Friday
    [InlineData(2026, 6, 19, false)]  // Midsommarafton
    [InlineData(2026, 6, 22, true)]   // Monday after midsommar
    [InlineData(2026, 12, 24, false)] // Julafton
    [InlineData(2026, 12, 25, false)] // Juldagen
    [InlineData(2026, 12, 28, true)]  // Monday between the holidays
    [InlineData(2026, 12, 31, false)] // Nyårsafton
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

    [Theory]
    [InlineData(2026, 11, 28, 1, 2026, 11, 30)] // from a Saturday
    [InlineData(2026, 11, 27, 5, 2026, 12, 4)]  // a plain week
    [InlineData(2026, 6, 18, 1, 2026, 6, 22)]   // over midsommar
    [InlineData(2026, 5, 13, 1, 2026, 5, 15)]   // over Kristi himmelsfärdsdag
    [InlineData(2026, 4, 30, 1, 2026, 5, 4)]    // over Första maj and a weekend
    [InlineData(2027, 12, 23, 3, 2027, 12, 29)] // christmas 2027: 24 Fri, 25–26 weekend
    [InlineData(2027, 12, 30, 1, 2028, 1, 3)]   // 31 Fri, 1 Jan Sat: into the new year
    public void Adding_working_days_skips_weekends_and_holidays(int year, int month, int day, int workingDays, int toYear, int toMonth,
        int toDay) =>
        Assert.Equal(new DateOnly(toYear, toMonth, toDay), SwedishCalendar.AddWorkingDays(new DateOnly(year, month, day), workingDays));

    [Fact]
    public void Zero_working_days_is_the_start_even_on_a_holiday_and_negative_is_refused()
    {
        Assert.Equal(new DateOnly(2026, 11, 28), SwedishCalendar.AddWorkingDays(new DateOnly(2026, 11, 28), 0));
        Assert.Equal(new DateOnly(2026, 12, 25), SwedishCalendar.AddWorkingDays(new DateOnly(2026, 12, 25), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SwedishCalendar.AddWorkingDays(new DateOnly(2026, 11, 28), -1));
    }

    [Fact]
    public void Working_days_between_counts_what_add_working_days_added()
    {
        Assert.Equal(10, SwedishCalendar.WorkingDaysBetween(new DateOnly(2026, 12, 17), new DateOnly(2027, 1, 7)));
        Assert.Equal(1, SwedishCalendar.WorkingDaysBetween(new DateOnly(2026, 4, 2), new DateOnly(2026, 4, 7)));
        Assert.Equal(0, SwedishCalendar.WorkingDaysBetween(new DateOnly(2026, 12, 23), new DateOnly(2026, 12, 27)));
    }

    [Fact]
    public void Working_days_between_an_empty_or_backward_range_is_zero()
    {
        Assert.Equal(0, SwedishCalendar.WorkingDaysBetween(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23)));
        Assert.Equal(0, SwedishCalendar.WorkingDaysBetween(new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void The_year_2026_has_251_working_days()
    {
        // 261 weekdays (365 days starting on a Thursday) less the ten holidays and eves that fall
        // on a weekday: 1 and 6 Jan, 3 and 6 Apr, 1 and 14 May, 19 Jun, 24, 25 and 31 Dec.
        Assert.Equal(251, SwedishCalendar.WorkingDaysBetween(new DateOnly(2025, 12, 31), new DateOnly(2026, 12, 31)));
    }
}
