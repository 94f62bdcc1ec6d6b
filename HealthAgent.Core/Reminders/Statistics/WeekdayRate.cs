namespace HealthAgent.Core.Reminders.Statistics;

/// <summary>Completion on one local weekday.</summary>
public sealed record WeekdayRate(DayOfWeek Day, int Occurrences, int Done, double Rate);
