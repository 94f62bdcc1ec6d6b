namespace HealthAgent.Core.Gamification;

/// <summary>A user's XP, level, streaks and achievements.</summary>
/// <param name="Level">Total XP, level, tier and progress to the next level.</param>
/// <param name="Streaks">Every activity's streak (never-started ones at 0).</param>
/// <param name="Achievements">Every achievement, earned ones with their dates, locked ones with their triggers.</param>
public sealed record GamificationProfile(LevelProgress Level, IReadOnlyList<StreakView> Streaks, IReadOnlyList<AchievementView> Achievements);
