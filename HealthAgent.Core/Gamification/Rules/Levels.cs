namespace HealthAgent.Core.Gamification;

/// <summary>
/// The level curve. Leaving a level costs 100 XP for levels 1–5, 200 XP for 6–15, 500 XP for 16–30 and 1000 XP after,
/// so level 6 starts at 500 XP, level 16 at 2500 XP and level 31 at 10000 XP. The tier follows the same bands.
/// </summary>
public static class Levels
{
    // (first level of the band, XP at which it starts, XP per level in the band), in ascending order.
    private static readonly (int Level, int Xp, int Cost)[] Bands = [(1, 0, 100), (6, 500, 200), (16, 2500, 500), (31, 10000, 1000)];

    /// <summary>XP needed to leave <paramref name="level"/> for the next one.</summary>
    public static int CostOf(int level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        return Bands.Last(b => b.Level <= level).Cost;
    }

    /// <summary>The total XP at which <paramref name="level"/> is reached.</summary>
    public static int XpToReach(int level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        var band = Bands.Last(b => b.Level <= level);
        return band.Xp + (level - band.Level) * band.Cost;
    }

    /// <summary>The level reached with <paramref name="totalXp"/>.</summary>
    public static int LevelFor(int totalXp)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalXp);
        var band = Bands.Last(b => b.Xp <= totalXp);
        return band.Level + (totalXp - band.Xp) / band.Cost;
    }

    /// <summary>The tier of <paramref name="level"/>: bronze 1–5, silver 6–15, gold 16–30, platinum 31+.</summary>
    public static Tier TierOf(int level) => level switch
    {
        <= 5 => Tier.Bronze,
        <= 15 => Tier.Silver,
        <= 30 => Tier.Gold,
        _ => Tier.Platinum,
    };

    /// <summary>The full standing for <paramref name="totalXp"/>.</summary>
    public static LevelProgress Progress(int totalXp)
    {
        var level = LevelFor(totalXp);
        return new LevelProgress(totalXp, level, TierOf(level), totalXp - XpToReach(level), CostOf(level));
    }
}
