namespace HealthAgent.Core.Reminders.Scheduling;

/// <summary>
/// When a reminder fires, as local wall-clock rules; the zone is always the user's current one. Which members are used
/// depends on <see cref="Type"/>; <see cref="ReminderSchedules.Validate"/> checks the combination.
/// </summary>
/// <param name="Type">The schedule's shape.</param>
/// <param name="Time">The local time (once, daily, weekly).</param>
/// <param name="Date">The local date (once).</param>
/// <param name="Weekdays">A <see cref="WeekdaySet"/> mask; 0 means every day (daily, interval), at least one day for weekly.</param>
/// <param name="IntervalHours">Hours between occurrences (interval), 1–24.</param>
/// <param name="WindowStart">The first local time of the day (interval).</param>
/// <param name="WindowEnd">The last local time of the day, inclusive (interval).</param>
/// <param name="Cron">The cron expression (cron): minute hour day-of-month month day-of-week.</param>
public sealed record ReminderSchedule(
    ScheduleType Type,
    TimeOnly? Time = null,
    DateOnly? Date = null,
    int Weekdays = 0,
    int? IntervalHours = null,
    TimeOnly? WindowStart = null,
    TimeOnly? WindowEnd = null,
    string? Cron = null)
{
    /// <summary>Once at <paramref name="date"/> <paramref name="time"/>.</summary>
    public static ReminderSchedule OnceAt(DateOnly date, TimeOnly time) => new(ScheduleType.Once, time, date);

    /// <summary>Every day (or on <paramref name="weekdays"/>) at <paramref name="time"/>.</summary>
    public static ReminderSchedule DailyAt(TimeOnly time, int weekdays = 0) => new(ScheduleType.Daily, time, Weekdays: weekdays);

    /// <summary>Every <paramref name="hours"/> hours from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static ReminderSchedule Every(int hours, TimeOnly start, TimeOnly end) =>
        new(ScheduleType.Interval, IntervalHours: hours, WindowStart: start, WindowEnd: end);
}
