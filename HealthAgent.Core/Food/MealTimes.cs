namespace HealthAgent.Core.Food;

/// <summary>Which meal a local time most likely belongs to, when the user does not say.</summary>
public static class MealTimes
{
    /// <summary>Breakfast 04:00–10:29, lunch 10:30–14:59, dinner 17:00–21:29, otherwise a snack.</summary>
    public static MealType Infer(TimeOnly local) => local switch
    {
        { Hour: >= 4 } when local < new TimeOnly(10, 30) => MealType.Breakfast,
        _ when local >= new TimeOnly(10, 30) && local < new TimeOnly(15, 0) => MealType.Lunch,
        _ when local >= new TimeOnly(17, 0) && local < new TimeOnly(21, 30) => MealType.Dinner,
        _ => MealType.Snack,
    };
}
