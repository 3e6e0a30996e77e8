using Sip.Domain.Calendar;

namespace Sip.Domain.Tests.ValueObjects;

public sealed class SwedishTimeTests
{
    [Theory]
    [InlineData(2026, 1, 15, 9, "2026-01-15T08:00:00Z")] // winter: UTC+1
    [InlineData(2026, 6, 15, 9, "2026-06-15T07:00:00Z")] // summer: UTC+2
    [InlineData(2026, 3, 30, 9, "2026-03-30T07:00:00Z")] // the day after the spring change (29 March 2026)
    public void A_typed_meeting_time_is_read_in_the_offset_of_its_own_date(int year, int month, int day, int hour, string expectedUtc)
    {
        var instant = SwedishTime.FromLocal(new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Unspecified));

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), instant);
        Assert.Equal(hour, SwedishTime.ToLocal(instant).Hour);
    }

    [Fact]
    public void Today_is_the_Swedish_date_not_the_UTC_date()
    {
        // 23:30 UTC on 31 December is already New Year's Day in Stockholm.
        Assert.Equal(new DateOnly(2027, 1, 1), SwedishTime.Today(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)));
    }
}
