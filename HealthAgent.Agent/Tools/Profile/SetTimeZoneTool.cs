using System.Text.Json;
using HealthAgent.Core.Time;
using HealthAgent.Core.Users;

namespace HealthAgent.Agent.Tools.Profile;

/// <summary><c>set_time_zone</c>: sets the zone from an IANA name or a major city.</summary>
public sealed class SetTimeZoneTool(UserService users) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Object("""
        {"time_zone":{"type":"string","description":"An IANA zone (Europe/Berlin) or a major city (Berlin)."}}
        """, "time_zone");

    /// <inheritdoc />
    public string Name => "set_time_zone";

    /// <inheritdoc />
    public string Description => "Sets the user's time zone, which decides their local day for every total.";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var given = new ToolArguments(arguments).RequiredString("time_zone", 64);
        if (!CityTimeZones.TryResolve(given, out var iana) && !TimeZones.TryResolve(given, out iana))
        {
            return ToolResult.Fail($"I don't know the time zone of '{given}'. Ask for a major city nearby or an IANA name like Europe/Berlin.");
        }
        return ToolResult.Ok(await users.UpdateAsync(context.UserId, new ProfileUpdate(TimeZone: iana), cancellationToken));
    }
}
