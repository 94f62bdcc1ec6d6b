namespace HealthAgent.Core.Gamification;

/// <summary>What an achievement's threshold is compared with.</summary>
public enum AchievementMetric
{
    /// <summary>The number of rewarded actions of the achievement's kinds.</summary>
    ActionCount,

    /// <summary>The longest running streak of any activity, in days.</summary>
    StreakDays,

    /// <summary>The user's level.</summary>
    Level,
}
