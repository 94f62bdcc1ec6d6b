namespace HealthAgent.Api.Contracts;

/// <summary>Opt in or out of the daily summary, at a local time (the zone is the user's).</summary>
public sealed record DailySummaryRequest(bool Enabled, TimeOnly? Time);
