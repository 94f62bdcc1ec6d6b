using HealthAgent.Core.Time;

namespace HealthAgent.Core.Reminders.Scheduling;

/// <summary>
/// Computes a schedule's occurrences in a time zone. Each local occurrence maps to one instant through
/// <see cref="ZonedTime.ToInstant"/>: a time skipped by a DST gap fires once at the first valid instant, a time repeated
/// by an overlap fires once at its first occurrence; two local times that map to one instant fire once.
/// </summary>
public static class Recurrence
{
    // Enough for any valid schedule to come round again (a cron on 29 February needs up to eight years).
    private const int MaxDays = 366 * 8 + 2;

    /// <summary>
    /// The first occurrence strictly after <paramref name="after"/> in <paramref name="zone"/>, or null when none is left
    /// (a past one-off, or beyond <paramref name="endDate"/>, the last local day included).
    /// </summary>
    public static DateTimeOffset? Next(ReminderSchedule schedule, DateTimeOffset after, TimeZoneInfo zone, DateOnly? endDate = null)
    {
        var cron = schedule.Type == ScheduleType.Cron ? CronSchedule.Parse(schedule.Cron!) : null;
        // Start a day early: an occurrence late on the previous local day can still map after "after" across a gap.
        var day = ZonedTime.LocalDate(after, zone).AddDays(-1);
        if (schedule.Type == ScheduleType.Once)
        {
            var once = ZonedTime.ToInstant(schedule.Date!.Value.ToDateTime(schedule.Time!.Value), zone);
            return once > after && (endDate is null || schedule.Date <= endDate) ? once : null;
        }
        for (var i = 0; i < MaxDays; i++, day = day.AddDays(1))
        {
            if (endDate is { } end && day > end)
            {
                return null;
            }
            foreach (var time in TimesOn(schedule, cron, day))
            {
                var instant = ZonedTime.ToInstant(day.ToDateTime(time), zone);
                if (instant > after)
                {
                    return instant;
                }
            }
        }
        return null;
    }

    /// <summary>Up to <paramref name="count"/> occurrences strictly after <paramref name="after"/>.</summary>
    public static IReadOnlyList<DateTimeOffset> Upcoming(ReminderSchedule schedule, DateTimeOffset after, TimeZoneInfo zone, int count, DateOnly? endDate = null)
    {
        var list = new List<DateTimeOffset>();
        var cursor = after;
        while (list.Count < count && Next(schedule, cursor, zone, endDate) is { } next)
        {
            list.Add(next);
            cursor = next;
        }
        return list;
    }

    private static IEnumerable<TimeOnly> TimesOn(ReminderSchedule schedule, CronSchedule? cron, DateOnly day)
    {
        switch (schedule.Type)
        {
            case ScheduleType.Daily or ScheduleType.Weekly when WeekdaySet.Contains(schedule.Weekdays, day.DayOfWeek):
                yield return schedule.Time!.Value;
                break;
            case ScheduleType.Interval when WeekdaySet.Contains(schedule.Weekdays, day.DayOfWeek):
                var step = TimeSpan.FromHours(schedule.IntervalHours!.Value);
                var end = schedule.WindowEnd!.Value.ToTimeSpan();
                for (var t = schedule.WindowStart!.Value.ToTimeSpan(); t <= end && t < TimeSpan.FromDays(1); t += step)
                {
                    yield return TimeOnly.FromTimeSpan(t);
                }
                break;
            case ScheduleType.Cron when cron!.MatchesDate(day):
                foreach (var t in cron.TimesOfDay())
                {
                    yield return t;
                }
                break;
        }
    }
}
