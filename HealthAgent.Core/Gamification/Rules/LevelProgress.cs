namespace HealthAgent.Core.Gamification;

/// <summary>Where a user stands: total XP, level, tier and the way to the next level.</summary>
/// <param name="TotalXp">All XP ever earned.</param>
/// <param name="Level">The current level (1-based).</param>
/// <param name="Tier">The tier of <paramref name="Level"/>.</param>
/// <param name="XpIntoLevel">XP earned since reaching <paramref name="Level"/>.</param>
/// <param name="XpForLevel">XP that <paramref name="Level"/> takes from its start to the next level.</param>
public sealed record LevelProgress(int TotalXp, int Level, Tier Tier, int XpIntoLevel, int XpForLevel)
{
    /// <summary>XP still needed for the next level.</summary>
    public int XpToNextLevel => XpForLevel - XpIntoLevel;

    /// <summary>Progress through the current level, 0 to 1.</summary>
    public double Fraction => (double)XpIntoLevel / XpForLevel;
}
