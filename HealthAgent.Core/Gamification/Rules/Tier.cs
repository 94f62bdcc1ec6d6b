namespace HealthAgent.Core.Gamification;

/// <summary>A coarse rank derived from the level; the tiers follow the XP cost bands of <see cref="Levels"/>.</summary>
public enum Tier
{
    /// <summary>Levels 1–5 (100 XP per level).</summary>
    Bronze,

    /// <summary>Levels 6–15 (200 XP per level).</summary>
    Silver,

    /// <summary>Levels 16–30 (500 XP per level).</summary>
    Gold,

    /// <summary>Level 31 and above (1000 XP per level).</summary>
    Platinum,
}
