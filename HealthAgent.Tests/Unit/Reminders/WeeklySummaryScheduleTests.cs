using HealthAgent.Core.Reminders.Housekeeping;
using HealthAgent.Core.Time;

namespace HealthAgent.Tests.Unit.Reminders;

public sealed class WeeklySummaryScheduleTests
{
    private static readonly TimeZoneInfo Auckland = TimeZones.Find("Pacific/Auckland");
    private static readonly TimeOnly Eight = new(20, 0);

    [Theory]
    [InlineData("2025-06-15T07:59:00Z", null)]            // Sunday 19:59 in Auckland (NZST, +12)
    [InlineData("2025-06-15T08:00:00Z", "2025-06-09")]    // Sunday 20:00: this week
    [InlineData("2025-06-16T07:59:00Z", "2025-06-09")]    // Monday 19:59: still within a day, a Worker that was down catches up
    [InlineData("2025-06-16T08:00:00Z", null)]            // a day late: too late, next Sunday's comes instead
    [InlineData("2025-06-14T08:00:00Z", null)]            // Saturday
    public void DueWeek_OnSundayEvening_InTheUsersZone(string utc, string? expected) =>
        WeeklySummarySchedule.DueWeek(DateTimeOffset.Parse(utc), Auckland, DayOfWeek.Sunday, Eight, null)
            .Should().Be(expected is null ? null : DateOnly.Parse(expected));

    [Fact]
    public void DueWeek_ForAWeekAlreadySent_IsNull()
    {
        var sunday = DateTimeOffset.Parse("2025-06-15T09:00:00Z");

        WeeklySummarySchedule.DueWeek(sunday, Auckland, DayOfWeek.Sunday, Eight, new DateOnly(2025, 6, 9)).Should().BeNull();
        WeeklySummarySchedule.DueWeek(sunday, Auckland, DayOfWeek.Sunday, Eight, new DateOnly(2025, 6, 2)).Should().Be(new DateOnly(2025, 6, 9));
    }

    [Theory]
    [InlineData("2025-06-13", "2025-06-09")]   // Friday: the week under way
    [InlineData("2025-06-15", "2025-06-09")]   // Sunday: the week under way
    [InlineData("2025-06-16", "2025-06-09")]   // Monday: the week before
    [InlineData("2025-06-19", "2025-06-09")]   // Thursday: the week before
    public void WeekOf_FridayToSundayIsThisWeek_MondayToThursdayTheWeekBefore(string sendDay, string monday) =>
        WeeklySummarySchedule.WeekOf(DateOnly.Parse(sendDay)).Should().Be(DateOnly.Parse(monday));
}
