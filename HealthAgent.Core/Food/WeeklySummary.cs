namespace HealthAgent.Core.Food;

/// <summary>Seven local days (Monday to Sunday) of eating against the user's goals.</summary>
/// <param name="WeekStart">The Monday.</param>
/// <param name="TimeZone">The zone the days are counted in.</param>
/// <param name="Days">Each day's totals.</param>
/// <param name="Totals">The week's totals.</param>
/// <param name="DailyAverage">Average per day with something logged.</param>
/// <param name="DaysLogged">Days with at least one entry.</param>
/// <param name="DaysWithinCalorieGoal">Logged days within ±10 % of the calorie goal (null without a goal).</param>
/// <param name="Progress">The daily average against each daily goal.</param>
/// <param name="TopFoods">The foods that gave most energy.</param>
public sealed record WeeklySummary(
    DateOnly WeekStart,
    string TimeZone,
    IReadOnlyList<DayTotals> Days,
    Nutrients Totals,
    Nutrients DailyAverage,
    int DaysLogged,
    int? DaysWithinCalorieGoal,
    IReadOnlyDictionary<string, GoalProgress> Progress,
    IReadOnlyList<TopFood> TopFoods);

