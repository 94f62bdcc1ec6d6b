namespace HealthAgent.Core.Tracking;

/// <summary>7- and 30-day trends in the user's time zone.</summary>
/// <param name="Today">The user's local date the windows end on.</param>
/// <param name="Last7Days">The last 7 local days.</param>
/// <param name="Last30Days">The last 30 local days.</param>
public sealed record TrackingTrends(DateOnly Today, TrendWindow Last7Days, TrendWindow Last30Days);
