namespace HealthAgent.Core.Gamification;

/// <summary>What a rule did to a streak.</summary>
public enum StreakChange
{
    /// <summary>Nothing (the day was already counted, or there is no running streak).</summary>
    None,

    /// <summary>The streak started at 1.</summary>
    Started,

    /// <summary>The streak grew by one day.</summary>
    Extended,

    /// <summary>A freeze bridged a single missed day and the streak grew.</summary>
    FrozenAndExtended,

    /// <summary>A freeze covered a missed day; the streak is still alive.</summary>
    Frozen,

    /// <summary>A day was missed with no freeze left; the streak is 0.</summary>
    Broken,

    /// <summary>The old streak had broken; a new one started at 1.</summary>
    Restarted,
}
