namespace HealthAgent.Core.Tracking;

/// <summary>A weight to record.</summary>
/// <param name="WeightKg">Kilograms, 20–400 (rounded to two decimals).</param>
/// <param name="MeasuredAt">When it was measured; now when null.</param>
public sealed record LogWeight(decimal WeightKg, DateTimeOffset? MeasuredAt = null);
