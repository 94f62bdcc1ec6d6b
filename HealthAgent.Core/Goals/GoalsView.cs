namespace HealthAgent.Core.Goals;

/// <summary>A user's goals as the API and the agent see them.</summary>
/// <param name="DailyKcal">The daily kcal target, or null.</param>
/// <param name="ProteinG">Protein grams per day, or null.</param>
/// <param name="CarbsG">Carbohydrate grams per day, or null.</param>
/// <param name="FatG">Fat grams per day, or null.</param>
/// <param name="WaterMl">Water millilitres per day, or null.</param>
/// <param name="TargetWeightKg">Target weight, or null.</param>
/// <param name="UpdatedAt">Last change, or null when never set.</param>
// Immutable: HybridCache hands out one cached instance instead of deserialising a copy on every hit.
[System.ComponentModel.ImmutableObject(true)]
public sealed record GoalsView(int? DailyKcal, int? ProteinG, int? CarbsG, int? FatG, int? WaterMl, decimal? TargetWeightKg, DateTimeOffset? UpdatedAt)
{
    /// <summary>No goals set.</summary>
    public static readonly GoalsView Empty = new(null, null, null, null, null, null, null);

    /// <summary>Maps the entity.</summary>
    public static GoalsView From(UserGoals g) => new(g.DailyKcal, g.ProteinG, g.CarbsG, g.FatG, g.WaterMl, g.TargetWeightKg, g.UpdatedAt);
}
