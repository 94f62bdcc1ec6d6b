namespace HealthAgent.Agent.Plugins;

/// <summary>Who a tool acts for; a tool only ever reaches this user's data.</summary>
/// <param name="UserId">The user.</param>
/// <param name="TimeZone">The user's IANA time zone (from <c>users.time_zone</c>).</param>
/// <param name="Units">The user's measurement system: the unit of a weight given without one.</param>
public sealed record ToolContext(Guid UserId, string TimeZone, Core.Users.MeasurementSystem Units = Core.Users.MeasurementSystem.Metric)
{
    /// <summary>A weight the user gave, in kilograms: in <paramref name="unit"/> when they said one, in their own units otherwise.</summary>
    public decimal Kilograms(decimal weight, WeightUnit? unit) =>
        unit == WeightUnit.Lb || (unit is null && Units == Core.Users.MeasurementSystem.Imperial)
            ? Math.Round(weight * Core.Measurements.Units.KgPerPound, 2)
            : weight;
}
