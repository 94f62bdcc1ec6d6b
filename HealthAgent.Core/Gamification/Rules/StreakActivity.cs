namespace HealthAgent.Core.Gamification;

/// <summary>What a streak counts: consecutive local days with at least one such action. Stored by name in <c>streaks.activity</c>.</summary>
public enum StreakActivity
{
    /// <summary>Any rewarded action at all.</summary>
    Any,

    /// <summary>Logging meals.</summary>
    Meals,

    /// <summary>Any tracking entry (weight, sleep, water, exercise, mood, custom).</summary>
    Tracking,

    /// <summary>Recording water.</summary>
    Water,

    /// <summary>Recording exercise.</summary>
    Exercise,

    /// <summary>Completing reminders.</summary>
    Reminders,

    /// <summary>Meeting a daily goal.</summary>
    DailyGoals,
}
