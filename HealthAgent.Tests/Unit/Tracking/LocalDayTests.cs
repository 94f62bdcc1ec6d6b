using HealthAgent.Core.Time;

namespace HealthAgent.Tests.Unit.Tracking;

public sealed class LocalDayTests
{
    [Fact]
    public void LocalDate_2330InTokyo_IsTheTokyoDayNotTheUtcDay()
    {
        var at = DateTimeOffset.Parse("2025-03-10T14:30:00Z");    // 23:30 in Tokyo (UTC+9)

        ZonedTime.LocalDate(at, TimeZones.Find("Asia/Tokyo")).Should().Be(new DateOnly(2025, 3, 10));
        ZonedTime.LocalDate(at.AddHours(1), TimeZones.Find("Asia/Tokyo")).Should().Be(new DateOnly(2025, 3, 11), "00:30 is the next Tokyo day");
    }

    [Fact]
    public void DayRange_BerlinSpringForward_Is23HoursAndAutumn25()
    {
        var berlin = TimeZones.Find("Europe/Berlin");

        var spring = ZonedTime.DayRange(new DateOnly(2025, 3, 30), berlin);
        var autumn = ZonedTime.DayRange(new DateOnly(2025, 10, 26), berlin);

        (spring.End - spring.Start).Should().Be(TimeSpan.FromHours(23));
        spring.Start.Should().Be(DateTimeOffset.Parse("2025-03-29T23:00:00Z"));
        (autumn.End - autumn.Start).Should().Be(TimeSpan.FromHours(25));
    }

    [Fact]
    public void LocalDate_NewYorkEvening_BelongsToTheNewYorkDay()
    {
        var newYork = TimeZones.Find("America/New_York");

        ZonedTime.LocalDate(DateTimeOffset.Parse("2025-03-11T03:59:00Z"), newYork).Should().Be(new DateOnly(2025, 3, 10), "23:59 EDT");
        ZonedTime.LocalDate(DateTimeOffset.Parse("2025-03-11T04:00:00Z"), newYork).Should().Be(new DateOnly(2025, 3, 11));
    }
}
