namespace HealthAgent.Core.Tracking;

/// <summary>
/// The limits of the tracking logs, defined once: <see cref="TrackingService"/> enforces them and the agent's functions
/// announce them in their schemas (attributes take <c>int</c> and <c>double</c> constants, so that is their type).
/// </summary>
public static class TrackingRules
{
    /// <summary>The lightest weight accepted, in kg.</summary>
    public const double MinWeightKg = 20;

    /// <summary>The heaviest weight accepted, in kg.</summary>
    public const double MaxWeightKg = 400;

    /// <summary>The lowest score of the 1–10 scales (sleep quality, mood).</summary>
    public const int MinScore = 1;

    /// <summary>The highest score of the 1–10 scales (sleep quality, mood).</summary>
    public const int MaxScore = 10;

    /// <summary>The most awakenings recorded for one night.</summary>
    public const int MaxAwakenings = 20;

    /// <summary>The smallest drink, in ml.</summary>
    public const int MinWaterMl = 1;

    /// <summary>The largest single drink, in ml.</summary>
    public const int MaxWaterMl = 5000;

    /// <summary>The shortest exercise session, in minutes.</summary>
    public const int MinExerciseMinutes = 1;

    /// <summary>The longest exercise session, in minutes.</summary>
    public const int MaxExerciseMinutes = 600;

    /// <summary>The most calories one session may be given.</summary>
    public const int MaxExerciseKcal = 10_000;

    /// <summary>The longest exercise type ("running", "yoga").</summary>
    public const int MaxExerciseTypeLength = 100;

    /// <summary>The longest mood note.</summary>
    public const int MaxNoteLength = 500;
}
