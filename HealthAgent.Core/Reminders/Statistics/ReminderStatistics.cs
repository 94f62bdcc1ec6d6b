namespace HealthAgent.Core.Reminders.Statistics;

/// <summary>
/// Completion statistics over finished occurrences (delivered, missed or failed; pending and snoozed ones excluded).
/// </summary>
/// <param name="ReminderId">The reminder, or null for all of the user's reminders.</param>
/// <param name="Occurrences">Finished occurrences counted.</param>
/// <param name="Done">Marked done.</param>
/// <param name="DoneOnTime">Marked done within 30 minutes.</param>
/// <param name="Skipped">Skipped.</param>
/// <param name="Missed">Missed (never sent in time).</param>
/// <param name="CompletionRate">Done / occurrences (0 when none).</param>
/// <param name="CurrentStreak">Consecutive most recent occurrences done.</param>
/// <param name="BestStreak">The longest run of consecutive occurrences done.</param>
/// <param name="ByWeekday">Completion per local weekday, Monday first.</param>
public sealed record ReminderStatistics(
    Guid? ReminderId, int Occurrences, int Done, int DoneOnTime, int Skipped, int Missed, double CompletionRate,
    int CurrentStreak, int BestStreak, IReadOnlyList<WeekdayRate> ByWeekday);
