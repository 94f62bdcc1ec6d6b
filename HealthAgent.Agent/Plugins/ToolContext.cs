namespace HealthAgent.Agent.Plugins;

/// <summary>Who a tool acts for; a tool only ever reaches this user's data.</summary>
/// <param name="UserId">The user.</param>
/// <param name="TimeZone">The user's IANA time zone (from <c>users.time_zone</c>).</param>
/// <param name="Units">The user's measurement system: the unit of a weight given without one.</param>
public sealed record ToolContext(Guid UserId, string TimeZone, Core.Users.MeasurementSystem Units = Core.Users.MeasurementSystem.Metric);
