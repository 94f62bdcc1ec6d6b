namespace HealthAgent.Core.Food;

/// <summary>One day's totals within a week.</summary>
public sealed record DayTotals(DateOnly Date, int Entries, Nutrients Nutrients);
