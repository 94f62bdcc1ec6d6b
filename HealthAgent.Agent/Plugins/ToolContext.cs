namespace HealthAgent.Agent.Plugins;

/// <summary>Who a tool acts for; a tool only ever reaches this user's data.</summary>
/// <param name="UserId">The user.</param>
/// <param name="TimeZone">The user's IANA time zone (from <c>users.time_zone</c>).</param>
public sealed record ToolContext(Guid UserId, string TimeZone);
