using System.Text.Json;
using HealthAgent.Core.Time;
using HealthAgent.Core.Tracking;

namespace HealthAgent.Agent.Tools.Tracking;

/// <summary><c>log_custom</c>: records an entry in one of the user's own trackers, found by name.</summary>
public sealed class LogCustomTool(CustomTrackerService trackers, TimeProvider time) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Object("""
        {
          "tracker":{"type":"string","description":"The tracker's name."},
          "values":{"type":"object","description":"Field name → value."},
          "value":{"description":"The value, for a tracker with a single field."},
          "time":{"type":"string","description":"HH:mm or ISO 8601; now when omitted."}
        }
        """, "tracker");

    /// <inheritdoc />
    public string Name => "log_custom";

    /// <inheritdoc />
    public string Description => "Records an entry in one of the user's custom trackers (by tracker name).";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var args = new ToolArguments(arguments);
        var name = args.RequiredString("tracker", 100);
        var all = await trackers.ListTrackersAsync(context.UserId, cancellationToken);
        var tracker = all.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
        if (tracker is null)
        {
            var known = all.Count == 0 ? "none yet" : string.Join(", ", all.Select(t => t.Name));
            return ToolResult.Fail($"No tracker named '{name}'. The user's trackers: {known}.");
        }
        var values = new Dictionary<string, JsonElement>();
        if (arguments.TryGetProperty("values", out var given) && given.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in given.EnumerateObject())
            {
                values[property.Name] = property.Value.Clone();
            }
        }
        else if (arguments.TryGetProperty("value", out var single) && tracker.Fields.Count == 1)
        {
            values[tracker.Fields[0].Name] = single.Clone();
        }
        else
        {
            return ToolResult.Fail($"Give 'values' for the fields: {string.Join(", ", tracker.Fields.Select(f => f.Name))}.");
        }
        var when = args.Instant("time", TimeZones.Find(context.TimeZone), time);
        return ToolResult.Ok(await trackers.LogAsync(context.UserId, tracker.Id, new LogCustomEntry(values, when), cancellationToken));
    }
}
