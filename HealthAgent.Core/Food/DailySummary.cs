namespace HealthAgent.Core.Food;

/// <summary>One local day of eating against the user's goals.</summary>
public sealed record DailySummary(
    DateOnly Date,
    string TimeZone,
    Nutrients Totals,
    int Entries,
    IReadOnlyList<MealTotals> Meals,
    IReadOnlyDictionary<string, GoalProgress> Progress,
    IReadOnlyList<TopFood> TopFoods);
