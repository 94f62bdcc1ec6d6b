using HealthAgent.Core.Time;

namespace HealthAgent.Core.Reminders.Housekeeping;

/// <summary>
/// When a user's weekly summary is due, in their zone: on the configured weekday once their summary time has passed,
/// for the Monday–Sunday week most of which lies behind that day, and not yet sent for that week.
/// </summary>
public static class WeeklySummarySchedule
{
    /// <summary>How late a summary may still go out (a Worker that was down catches up within this, not days later).</summary>
    public static readonly TimeSpan Lateness = TimeSpan.FromDays(1);

    /// <summary>
    /// The Monday of the week to summarise now, or null when nothing is due: it is not the day, the time has not come,
    /// the moment is more than <see cref="Lateness"/> ago, or <paramref name="lastWeek"/> already covers that week.
    /// </summary>
    public static DateOnly? DueWeek(DateTimeOffset now, TimeZoneInfo zone, DayOfWeek day, TimeOnly at, DateOnly? lastWeek)
    {
        var local = ZonedTime.LocalDateTime(now, zone);
        var today = DateOnly.FromDateTime(local);
        var sendDay = today.AddDays(-(((int)today.DayOfWeek - (int)day + 7) % 7));
        var late = local - sendDay.ToDateTime(at);
        if (late < TimeSpan.Zero || late >= Lateness)
        {
            return null;
        }
        var week = WeekOf(sendDay);
        return lastWeek is null || lastWeek < week ? week : null;
    }

    /// <summary>
    /// The week a summary sent on <paramref name="sendDay"/> covers: the week under way from Friday to Sunday (at least
    /// four days of it are over), the week before from Monday to Thursday.
    /// </summary>
    public static DateOnly WeekOf(DateOnly sendDay) => ZonedTime.WeekStart(sendDay.AddDays(-4));
}
