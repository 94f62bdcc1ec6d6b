namespace HealthAgent.Core.Gamification;

/// <summary>What recording an action awarded (pending until the caller saves).</summary>
/// <param name="Awarded">False when the source key had already been rewarded; then nothing else was added.</param>
/// <param name="XpAwarded">XP of this action (0 on a replay).</param>
/// <param name="Level">The standing after the action.</param>
/// <param name="LeveledUp">Whether the action reached a new level.</param>
/// <param name="Streaks">The streaks the action touched, after it.</param>
/// <param name="NewAchievements">Achievements earned by the action.</param>
public sealed record AwardResult(
    bool Awarded, int XpAwarded, LevelProgress Level, bool LeveledUp,
    IReadOnlyList<StreakView> Streaks, IReadOnlyList<AchievementView> NewAchievements)
{
    /// <summary>The award as a reply's ending (" +10 XP", " +10 XP, level 3!"), or "" when nothing was awarded.</summary>
    public static string Words(AwardResult? award) =>
        award is { Awarded: true, XpAwarded: > 0 } a ? $" +{a.XpAwarded} XP{(a.LeveledUp ? $", level {a.Level.Level}!" : "")}" : "";
}
