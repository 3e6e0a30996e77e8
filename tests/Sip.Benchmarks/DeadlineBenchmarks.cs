using BenchmarkDotNet.Attributes;
using Sip.Domain.Calendar;
using Sip.Domain.People;

namespace Sip.Benchmarks;

/// <summary>
/// The per-plan work of a deadline scan over a national data set: parsing stored identity numbers
/// and counting Swedish working days. A scan does this for every open plan, so it must stay in the
/// nanoseconds.
/// </summary>
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    private readonly DateOnly _today = new(2026, 11, 23);
    private readonly DateOnly _beforeChristmas = new(2026, 12, 17);
    private readonly string _input = "19850314-9828";
    private readonly string _stored = "198503149828";

    [Benchmark]
    public PersonalIdentityNumber? ParsePersonnummer() =>
        PersonalIdentityNumber.TryParse(_input, _today, out var number, out _) ? number : null;

    [Benchmark]
    public PersonalIdentityNumber FromStoredForm() => PersonalIdentityNumber.FromStored(_stored);

    [Benchmark]
    public DateOnly TenWorkingDaysOverChristmas() => SwedishCalendar.AddWorkingDays(_beforeChristmas, 10);

    [Benchmark]
    public bool IsWorkingDay() => SwedishCalendar.IsWorkingDay(_today);
}
