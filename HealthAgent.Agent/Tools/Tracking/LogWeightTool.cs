using System.Text.Json;
using HealthAgent.Core.Time;
using HealthAgent.Core.Tracking;

namespace HealthAgent.Agent.Tools.Tracking;

/// <summary><c>log_weight</c>: records a weight, in kilograms or pounds.</summary>
public sealed class LogWeightTool(TrackingService tracking, TimeProvider time) : IAgentTool
{
    private const decimal KgPerPound = 0.45359237m;

    private static readonly JsonElement Schema = ToolSchema.Object("""
        {"weight":{"type":"number"},"unit":{"type":"string","enum":["kg","lb"]},"time":{"type":"string","description":"HH:mm or ISO 8601; now when omitted."}}
        """, "weight");

    /// <inheritdoc />
    public string Name => "log_weight";

    /// <inheritdoc />
    public string Description => "Records the user's body weight (kg by default).";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var args = new ToolArguments(arguments);
        var weight = args.RequiredNumber("weight", 1, 1000);
        var kg = args.String("unit", 5)?.ToLowerInvariant() is "lb" or "lbs" ? Math.Round(weight * KgPerPound, 2) : weight;
        var logged = await tracking.LogWeightAsync(context.UserId, new LogWeight(kg, args.Instant("time", TimeZones.Find(context.TimeZone), time)), cancellationToken);
        return ToolResult.Ok(logged);
    }
}
