namespace Sip.Domain.Plans;

/// <summary>
/// The last reference number handed out in a year (SIP-2026-000123 is number 123 of 2026). One row
/// per year, which a start locks for its own transaction, so plans started at the same moment take
/// consecutive numbers instead of colliding on the same one.
/// </summary>
public sealed class PlanNumberSeries
{
    public PlanNumberSeries(int year, int last) => (Year, Last) = (year, last);

    public int Year { get; private set; }

    public int Last { get; private set; }

    public static string Format(int year, int number) => $"SIP-{year}-{number:D6}";
}
