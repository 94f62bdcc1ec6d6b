namespace HealthAgent.Core.Tracking;

/// <summary>Water to record.</summary>
/// <param name="AmountMl">Millilitres, 1–5000.</param>
/// <param name="DrunkAt">When; now when null.</param>
public sealed record LogWater(int AmountMl, DateTimeOffset? DrunkAt = null);
