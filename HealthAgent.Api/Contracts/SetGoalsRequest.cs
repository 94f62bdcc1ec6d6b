using HealthAgent.Core.Goals;

namespace HealthAgent.Api.Contracts;

/// <summary>A partial change of daily targets; list names in <c>clear</c> to unset them.</summary>
public sealed record SetGoalsRequest(int? DailyKcal, int? ProteinG, int? CarbsG, int? FatG, int? WaterMl, decimal? TargetWeightKg, string[]? Clear)
{
    public GoalsUpdate ToUpdate() => new(DailyKcal, ProteinG, CarbsG, FatG, WaterMl, TargetWeightKg, Clear);
}
