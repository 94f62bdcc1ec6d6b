using HealthAgent.Core.Common;

namespace HealthAgent.Core.Reminders.Scheduling;

/// <summary>Validation of <see cref="ReminderSchedule"/>: each type needs its own members and ignores none silently.</summary>
public static class ReminderSchedules
{
    /// <summary>The longest cron expression.</summary>
    public const int MaxCronLength = 100;

    /// <summary>Throws when <paramref name="schedule"/> is incomplete or out of range.</summary>
    /// <exception cref="DomainValidationException">The schedule is invalid; the error names the field.</exception>
    public static void Validate(ReminderSchedule? schedule)
    {
        if (schedule is null)
        {
            throw DomainValidationException.For("schedule", "A schedule is required.");
        }
        if (schedule.Weekdays is < 0 or > WeekdaySet.All)
        {
            throw DomainValidationException.For("schedule.weekdays", "Weekdays is a mask from 0 to 127.");
        }
        // The database keeps every member of every type, so a member another type uses must still be valid or absent.
        if (schedule.IntervalHours is { } hours && (schedule.Type != ScheduleType.Interval || hours is < 1 or > 24))
        {
            throw DomainValidationException.For("schedule.intervalHours", "intervalHours is only for interval reminders, 1 to 24 hours.");
        }
        if (schedule.Cron is { } cron && (schedule.Type != ScheduleType.Cron || cron.Length > MaxCronLength))
        {
            throw DomainValidationException.For("schedule.cron", $"cron is only for cron reminders, at most {MaxCronLength} characters.");
        }
        switch (schedule.Type)
        {
            case ScheduleType.Once when schedule.Date is null || schedule.Time is null:
                throw DomainValidationException.For("schedule.date", "A one-off reminder needs a local date and time.");
            case ScheduleType.Daily when schedule.Time is null:
                throw DomainValidationException.For("schedule.time", "A daily reminder needs a local time.");
            case ScheduleType.Weekly when schedule.Time is null || schedule.Weekdays == 0:
                throw DomainValidationException.For("schedule.weekdays", "A weekly reminder needs a local time and at least one weekday.");
            case ScheduleType.Interval when schedule.IntervalHours is not (>= 1 and <= 24):
                throw DomainValidationException.For("schedule.intervalHours", "The interval is 1 to 24 hours.");
            case ScheduleType.Interval when schedule.WindowStart is null || schedule.WindowEnd is null || schedule.WindowStart > schedule.WindowEnd:
                throw DomainValidationException.For("schedule.windowStart", "An interval reminder needs a window start no later than its end.");
            case ScheduleType.Cron when !CronSchedule.TryParse(schedule.Cron, out _, out var error):
                throw DomainValidationException.For("schedule.cron", error!);
            case < ScheduleType.Once or > ScheduleType.Cron:
                throw DomainValidationException.For("schedule.type", "Unknown schedule type.");
        }
    }
}
