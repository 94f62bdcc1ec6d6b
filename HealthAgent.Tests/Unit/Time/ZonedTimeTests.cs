using HealthAgent.Core.Time;

namespace HealthAgent.Tests.Unit.Time;

public sealed class ZonedTimeTests
{
    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    [Fact]
    public void LocalDate_At2330InTokyo_IsTheTokyoDay()
    {
        var instant = new DateTimeOffset(2026, 3, 10, 14, 30, 0, TimeSpan.Zero); // 23:30 in Tokyo (UTC+9)

        ZonedTime.LocalDate(instant, Zone("Asia/Tokyo")).Should().Be(new DateOnly(2026, 3, 10));
        ZonedTime.LocalDate(instant.AddMinutes(31), Zone("Asia/Tokyo")).Should().Be(new DateOnly(2026, 3, 11));
    }

    [Theory]
    [InlineData("Europe/Berlin", 2026, 3, 29, 23)]   // spring forward
    [InlineData("Europe/Berlin", 2026, 10, 25, 25)]  // fall back
    [InlineData("America/New_York", 2026, 3, 8, 23)]
    [InlineData("America/New_York", 2026, 11, 1, 25)]
    [InlineData("Asia/Kathmandu", 2026, 3, 29, 24)]
    [InlineData("Australia/Lord_Howe", 2026, 4, 5, 24.5)]
    public void DayRange_OnDstDays_HasTheRightLength(string zone, int year, int month, int day, double hours)
    {
        var (start, end) = ZonedTime.DayRange(new DateOnly(year, month, day), Zone(zone));

        (end - start).TotalHours.Should().Be(hours);
    }

    [Fact]
    public void ToInstant_InSpringForwardGap_IsTheFirstValidInstant()
    {
        // 02:30 does not exist in Berlin on 2026-03-29: clocks jump from 02:00 to 03:00 (01:00 UTC).
        var instant = ZonedTime.ToInstant(new DateTime(2026, 3, 29, 2, 30, 0), Zone("Europe/Berlin"));

        instant.Should().Be(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void ToInstant_InFallBackOverlap_IsTheFirstOccurrence()
    {
        // 02:30 happens twice in Berlin on 2026-10-25: first at UTC+2 (00:30 UTC), then at UTC+1.
        var instant = ZonedTime.ToInstant(new DateTime(2026, 10, 25, 2, 30, 0), Zone("Europe/Berlin"));

        instant.Should().Be(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void DayRange_InKathmandu_StartsAtLocalMidnight()
    {
        var (start, _) = ZonedTime.DayRange(new DateOnly(2026, 6, 1), Zone("Asia/Kathmandu"));

        start.Should().Be(new DateTimeOffset(2026, 5, 31, 18, 15, 0, TimeSpan.Zero));
    }
}
