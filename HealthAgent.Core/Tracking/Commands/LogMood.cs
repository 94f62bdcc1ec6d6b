namespace HealthAgent.Core.Tracking;

/// <summary>A mood to record.</summary>
/// <param name="Score">1 (awful) to 10 (great).</param>
/// <param name="Note">Optional, up to 500 characters.</param>
/// <param name="FeltAt">When; now when null.</param>
public sealed record LogMood(int Score, string? Note = null, DateTimeOffset? FeltAt = null);
