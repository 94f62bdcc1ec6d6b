namespace HealthAgent.Core.Gamification;

/// <summary>The numbers that achievement triggers look at.</summary>
/// <param name="Counts">Rewarded actions per kind, the one being recorded included.</param>
/// <param name="LongestCurrentStreak">The longest running streak of any activity.</param>
/// <param name="Level">The level after the action.</param>
public sealed record AchievementStats(IReadOnlyDictionary<ActivityKind, int> Counts, int LongestCurrentStreak, int Level)
{
    /// <summary>Rewarded actions of <paramref name="kind"/>.</summary>
    public int CountOf(ActivityKind kind) => Counts.GetValueOrDefault(kind);
}
