namespace HealthAgent.Core.Charts;

/// <summary>The charts HealthAgent draws from a user's own data (docs/agent.md, "Charts").</summary>
public enum ChartKind
{
    /// <summary>This week's kcal per day against the goal.</summary>
    Calories,

    /// <summary>This week's protein, carbohydrates and fat per day, in grams.</summary>
    Macros,

    /// <summary>The last 30 days of weigh-ins, with the target weight.</summary>
    Weight,

    /// <summary>The last 7 nights' hours of sleep.</summary>
    Sleep,

    /// <summary>The last 7 days' water against the goal.</summary>
    Water,
}
