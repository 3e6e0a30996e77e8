namespace Sip.Domain.Calendar;

/// <summary>Dates a person sees, and deadlines counted in days, are Swedish dates; instants are UTC.</summary>
public static class SwedishTime
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Stockholm).DateTime);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Stockholm);

    /// <summary>
    /// A wall-clock time typed by someone in Sweden, as an instant. Summer time decides the offset of
    /// that very date, not of today.
    /// </summary>
    public static DateTimeOffset FromLocal(DateTime wallClock)
    {
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Stockholm.GetUtcOffset(unspecified));
    }
}
