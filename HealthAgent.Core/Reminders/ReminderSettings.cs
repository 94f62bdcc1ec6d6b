namespace HealthAgent.Core.Reminders;

/// <summary>A user's Worker settings and state: the opt-in daily summary (and the weekly one it brings), and the last local day whose streaks were settled.</summary>
public sealed class ReminderSettings
{
    /// <summary>The user.</summary>
    public Guid UserId { get; set; }

    /// <summary>Whether the user wants a daily summary.</summary>
    public bool DailySummaryEnabled { get; set; }

    /// <summary>The local time of the summary (in <c>users.time_zone</c>).</summary>
    public TimeOnly DailySummaryTime { get; set; } = new(20, 0);

    /// <summary>The last local day a summary was sent for.</summary>
    public DateOnly? LastSummaryDate { get; set; }

    /// <summary>The Monday of the last week a weekly summary was sent for.</summary>
    public DateOnly? LastWeeklySummaryWeek { get; set; }

    /// <summary>The last local day whose streaks were settled.</summary>
    public DateOnly? LastDayClosed { get; set; }

    /// <summary>When last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
