namespace HealthAgent.Core.Gamification;

/// <summary>An achievement and its trigger; each is awarded at most once per user.</summary>
/// <param name="Code">Stable id, stored in <c>user_achievements.code</c>.</param>
/// <param name="Title">Name shown to the user.</param>
/// <param name="Trigger">How to earn it, in words shown to the user while it is locked.</param>
/// <param name="Metric">What <paramref name="Threshold"/> is compared with.</param>
/// <param name="Threshold">The value the metric must reach.</param>
/// <param name="Kinds">For <see cref="AchievementMetric.ActionCount"/>, the kinds of action that count.</param>
public sealed record AchievementDefinition(
    string Code, string Title, string Trigger, AchievementMetric Metric, int Threshold, IReadOnlyList<ActivityKind> Kinds)
{
    /// <summary>Whether the user's numbers meet the trigger.</summary>
    public bool IsMetBy(AchievementStats stats) => Metric switch
    {
        AchievementMetric.ActionCount => Kinds.Sum(stats.CountOf) >= Threshold,
        AchievementMetric.StreakDays => stats.LongestCurrentStreak >= Threshold,
        _ => stats.Level >= Threshold,
    };
}
