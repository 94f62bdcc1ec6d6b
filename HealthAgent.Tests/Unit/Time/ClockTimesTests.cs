using HealthAgent.Core.Time;

namespace HealthAgent.Tests.Unit.Time;

/// <summary>Times of day as people write them, and the night they describe.</summary>
public sealed class ClockTimesTests
{
    [Theory]
    [InlineData("23:30", 23, 30)]
    [InlineData("7", 7, 0)]
    [InlineData("7:15am", 7, 15)]
    [InlineData("11 pm", 23, 0)]
    [InlineData("12 am", 0, 0)]
    [InlineData("12pm", 12, 0)]
    [InlineData("23h30", 23, 30)]
    [InlineData("6.45", 6, 45)]
    public void ATime_IsRead(string text, int hour, int minute) => ClockTimes.Parse(text).Should().Be(new TimeOnly(hour, minute));

    [Theory]
    [InlineData("25:00")]
    [InlineData("13 pm")]
    [InlineData("7:75")]
    [InlineData("soon")]
    public void WhatIsNotATime_IsNone(string text) => ClockTimes.Parse(text).Should().BeNull();

    [Fact]
    public void LastNight_EndsTodayOnceTheWakeTimeHasPassed_AndBeganTheEveningBefore()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var now = new DateTimeOffset(2026, 3, 29, 10, 0, 0, TimeSpan.Zero);

        var (bed, wake) = ClockTimes.LastNight(new TimeOnly(23, 0), new TimeOnly(7, 0), now, zone);

        bed.Should().Be(new DateTimeOffset(2026, 3, 28, 22, 0, 0, TimeSpan.Zero), "23:00 CET");
        wake.Should().Be(new DateTimeOffset(2026, 3, 29, 5, 0, 0, TimeSpan.Zero), "07:00 CEST, after the clocks went forward");
    }

    [Fact]
    public void AWakeTimeStillAhead_IsYesterdays()
    {
        var (bed, wake) = ClockTimes.LastNight(new TimeOnly(1, 0), new TimeOnly(9, 0), new DateTimeOffset(2026, 5, 2, 8, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);

        wake.Should().Be(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
        bed.Should().Be(new DateTimeOffset(2026, 5, 1, 1, 0, 0, TimeSpan.Zero), "01:00 is after midnight, the same day as the wake");
    }
}
