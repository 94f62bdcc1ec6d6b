using System.Text.Json;
using HealthAgent.Core.Time;
using HealthAgent.Core.Tracking;

namespace HealthAgent.Agent.Tools.Tracking;

/// <summary><c>log_water</c>: records water in millilitres.</summary>
public sealed class LogWaterTool(TrackingService tracking, TimeProvider time) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Object("""
        {"amount_ml":{"type":"integer","minimum":1,"maximum":5000},"time":{"type":"string","description":"HH:mm or ISO 8601; now when omitted."}}
        """, "amount_ml");

    /// <inheritdoc />
    public string Name => "log_water";

    /// <inheritdoc />
    public string Description => "Records water the user drank, in millilitres (a glass is about 250 ml).";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var args = new ToolArguments(arguments);
        var amount = args.Integer("amount_ml", 1, 5000) ?? throw new ToolArgumentException("'amount_ml' is required.");
        return ToolResult.Ok(await tracking.LogWaterAsync(context.UserId, new LogWater(amount, args.Instant("time", TimeZones.Find(context.TimeZone), time)), cancellationToken));
    }
}
