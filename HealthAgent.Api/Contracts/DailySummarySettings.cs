namespace HealthAgent.Api.Contracts;

/// <summary>The user's daily-summary settings.</summary>
public sealed record DailySummarySettings(bool Enabled, TimeOnly Time);
