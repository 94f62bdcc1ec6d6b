using HealthAgent.Core.Reminders.Scheduling;

namespace HealthAgent.Core.Reminders;

/// <summary>A user's reminder: a message and a schedule in the user's current time zone.</summary>
public sealed class Reminder
{
    /// <summary>The reminder's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>The text sent to the user.</summary>
    public required string Message { get; set; }

    /// <summary>What it is about.</summary>
    public ReminderKind Kind { get; set; }

    /// <summary>The schedule's shape.</summary>
    public ScheduleType ScheduleType { get; set; }

    /// <summary>Local time (once, daily, weekly).</summary>
    public TimeOnly? LocalTime { get; set; }

    /// <summary>Local date (once).</summary>
    public DateOnly? OnceDate { get; set; }

    /// <summary>Weekday mask (<see cref="WeekdaySet"/>).</summary>
    public int Weekdays { get; set; }

    /// <summary>Hours between occurrences (interval).</summary>
    public int? IntervalHours { get; set; }

    /// <summary>Window start (interval).</summary>
    public TimeOnly? WindowStart { get; set; }

    /// <summary>Window end, inclusive (interval).</summary>
    public TimeOnly? WindowEnd { get; set; }

    /// <summary>Five-field cron expression (cron).</summary>
    public string? Cron { get; set; }

    /// <summary>The last local day with occurrences, or null for no end.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>False while paused.</summary>
    public bool Active { get; set; } = true;

    /// <summary>Whether deliveries carry Done / Skip / Snooze buttons and count in statistics.</summary>
    public bool TrackCompletion { get; set; } = true;

    /// <summary>How late an occurrence may still be sent after every Worker was down.</summary>
    public int GraceMinutes { get; set; } = 120;

    /// <summary>Every occurrence at or before this instant has been handled.</summary>
    public DateTimeOffset FiredThrough { get; set; }

    /// <summary>The next occurrence (UTC), or null when none is left.</summary>
    public DateTimeOffset? NextFireAt { get; set; }

    /// <summary>When created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The schedule as a value.</summary>
    public ReminderSchedule Schedule
    {
        get => new(ScheduleType, LocalTime, OnceDate, Weekdays, IntervalHours, WindowStart, WindowEnd, Cron);
        set
        {
            (ScheduleType, LocalTime, OnceDate, Weekdays) = (value.Type, value.Time, value.Date, value.Weekdays);
            (IntervalHours, WindowStart, WindowEnd, Cron) = (value.IntervalHours, value.WindowStart, value.WindowEnd, value.Cron?.Trim());
        }
    }
}
