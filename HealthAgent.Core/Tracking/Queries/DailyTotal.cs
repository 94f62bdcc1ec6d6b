namespace HealthAgent.Core.Tracking;

/// <summary>A local day's total.</summary>
/// <param name="Date">The user's local date.</param>
/// <param name="Total">The sum (for water, millilitres).</param>
/// <param name="Entries">How many entries made it up.</param>
public sealed record DailyTotal(DateOnly Date, int Total, int Entries);
