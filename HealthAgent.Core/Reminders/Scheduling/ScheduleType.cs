namespace HealthAgent.Core.Reminders.Scheduling;

/// <summary>The shape of a reminder's schedule. Stored by snake_case name in <c>reminders.schedule_type</c>.</summary>
public enum ScheduleType
{
    /// <summary>Once, at a local date and time.</summary>
    Once,

    /// <summary>Every day (or on the chosen weekdays) at a local time.</summary>
    Daily,

    /// <summary>On the chosen weekdays (at least one) at a local time.</summary>
    Weekly,

    /// <summary>Every N hours from a local window start to its end, every day (or on the chosen weekdays).</summary>
    Interval,

    /// <summary>A five-field cron expression over local wall-clock time.</summary>
    Cron,
}
