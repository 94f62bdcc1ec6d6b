namespace HealthAgent.Core.Goals;

/// <summary>The ranges of the daily targets, defined once: <see cref="GoalService"/>, the REST validator and the agent's <c>goals_set</c> schema use them.</summary>
public static class GoalRules
{
    /// <summary>The lowest daily calorie target.</summary>
    public const int MinDailyKcal = 800;

    /// <summary>The highest daily calorie target.</summary>
    public const int MaxDailyKcal = 8000;

    /// <summary>The highest daily protein target, in g.</summary>
    public const int MaxProteinG = 600;

    /// <summary>The highest daily carbohydrate target, in g.</summary>
    public const int MaxCarbsG = 1500;

    /// <summary>The highest daily fat target, in g.</summary>
    public const int MaxFatG = 600;

    /// <summary>The highest daily water target, in ml.</summary>
    public const int MaxWaterMl = 10_000;

    /// <summary>The lightest target weight, in kg.</summary>
    public const double MinTargetWeightKg = 20;

    /// <summary>The heaviest target weight, in kg.</summary>
    public const double MaxTargetWeightKg = 400;
}
