namespace HealthAgent.Core.Goals;

/// <summary>A partial change of goals: null leaves a target as it is; <see cref="Clear"/> lists targets to unset.</summary>
public sealed record GoalsUpdate(
    int? DailyKcal = null,
    int? ProteinG = null,
    int? CarbsG = null,
    int? FatG = null,
    int? WaterMl = null,
    decimal? TargetWeightKg = null,
    IReadOnlyCollection<string>? Clear = null);
