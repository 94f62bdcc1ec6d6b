namespace HealthAgent.Core.Tracking;

/// <summary>A night of sleep to record; it counts for the local date of <paramref name="WakeTime"/>.</summary>
/// <param name="Bedtime">When the user went to bed.</param>
/// <param name="WakeTime">When the user woke up; after bedtime and less than 24 hours later.</param>
/// <param name="Quality">Perceived quality, 1–10.</param>
/// <param name="Awakenings">How often the user woke in the night (0–20), when they said.</param>
/// <param name="CaffeineLate">Whether they had caffeine after 2 pm, when they said.</param>
/// <param name="ScreensBeforeBed">Whether they used screens in the hour before bed, when they said.</param>
public sealed record LogSleep(DateTimeOffset Bedtime, DateTimeOffset WakeTime, int Quality, int? Awakenings = null, bool? CaffeineLate = null,
    bool? ScreensBeforeBed = null);
