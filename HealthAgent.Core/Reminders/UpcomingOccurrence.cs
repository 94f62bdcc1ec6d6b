namespace HealthAgent.Core.Reminders;

/// <summary>A coming occurrence.</summary>
/// <param name="ReminderId">The reminder.</param>
/// <param name="Message">Its message.</param>
/// <param name="At">The instant (UTC).</param>
/// <param name="LocalTime">The user's wall-clock time then.</param>
public sealed record UpcomingOccurrence(Guid ReminderId, string Message, DateTimeOffset At, DateTime LocalTime);
