using System.Collections.Concurrent;

namespace Sip.Domain.Calendar;

/// <summary>A Swedish public holiday or de facto non-working eve.</summary>
public sealed record Holiday(DateOnly Date, string Name);

/// <summary>
/// Swedish working days, for legal deadlines such as "at the latest 10 working days after the
/// placement decision". Holidays follow lag (1989:253) om allmänna helgdagar; midsommarafton,
/// julafton and nyårsafton are not working days in practice, so they count as holidays here.
/// </summary>
public static class SwedishCalendar
{
    // The deadline scanner asks about the same few years millions of times.
    private static readonly ConcurrentDictionary<int, (IReadOnlyList<Holiday> List, HashSet<DateOnly> Set)> Years = new();

    public static DateOnly EasterSunday(int year)
    {
        // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    public static IReadOnlyList<Holiday> HolidaysIn(int year) => ForYear(year).List;

    public static bool IsHoliday(DateOnly date) => ForYear(date.Year).Set.Contains(date);

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>The date <paramref name="workingDays"/> working days after <paramref name="start"/> (start not counted).</summary>
    public static DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        while (workingDays > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                workingDays--;
            }
        }

        return date;
    }

    /// <summary>Working days after <paramref name="fromExclusive"/> up to and including <paramref name="toInclusive"/>.</summary>
    public static int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        var count = 0;
        for (var date = fromExclusive.AddDays(1); date <= toInclusive; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    private static (IReadOnlyList<Holiday> List, HashSet<DateOnly> Set) ForYear(int year) => Years.GetOrAdd(year, static y =>
    {
        var easter = EasterSunday(y);
        var list = new List<Holiday>
        {
            new(new DateOnly(y, 1, 1), "Nyårsdagen"),
            new(new DateOnly(y, 1, 6), "Trettondedag jul"),
            new(easter.AddDays(-2), "Långfredagen"),
            new(easter, "Påskdagen"),
            new(easter.AddDays(1), "Annandag påsk"),
            new(new DateOnly(y, 5, 1), "Första maj"),
            new(easter.AddDays(39), "Kristi himmelsfärdsdag"),
            new(easter.AddDays(49), "Pingstdagen"),
            new(new DateOnly(y, 6, 6), "Sveriges nationaldag"),
            new(FirstOnOrAfter(new DateOnly(y, 6, 19), DayOfWeek.Friday), "Midsommarafton"),
            new(FirstOnOrAfter(new DateOnly(y, 6, 20), DayOfWeek.Saturday), "Midsommardagen"),
            new(FirstOnOrAfter(new DateOnly(y, 10, 31), DayOfWeek.Saturday), "Alla helgons dag"),
            new(new DateOnly(y, 12, 24), "Julafton"),
            new(new DateOnly(y, 12, 25), "Juldagen"),
            new(new DateOnly(y, 12, 26), "Annandag jul"),
            new(new DateOnly(y, 12, 31), "Nyårsafton"),
        };
        list.Sort((x, z) => x.Date.CompareTo(z.Date));
        // The list is shared by every caller, so hand out a wrapper nobody can cast back and edit.
        return (list.AsReadOnly(), list.Select(h => h.Date).ToHashSet());
    });

    private static DateOnly FirstOnOrAfter(DateOnly date, DayOfWeek day) => date.AddDays(((int)day - (int)date.DayOfWeek + 7) % 7);
}
