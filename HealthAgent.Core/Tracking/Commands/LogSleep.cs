namespace HealthAgent.Core.Tracking;

/// <summary>A night of sleep to record; it counts for the local date of <paramref name="WakeTime"/>.</summary>
/// <param name="Bedtime">When the user went to bed.</param>
/// <param name="WakeTime">When the user woke up; after bedtime and less than 24 hours later.</param>
/// <param name="Quality">Perceived quality, 1–10.</param>
public sealed record LogSleep(DateTimeOffset Bedtime, DateTimeOffset WakeTime, int Quality);
