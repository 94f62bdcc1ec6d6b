using System.Text.Json;
using HealthAgent.Core.Time;
using HealthAgent.Core.Tracking;

namespace HealthAgent.Agent.Tools.Tracking;

/// <summary><c>log_sleep</c>: records a night from its duration and wake time.</summary>
public sealed class LogSleepTool(TrackingService tracking, TimeProvider time) : IAgentTool
{
    /// <summary>The quality recorded when the user did not give one: the middle of the scale, not a judgement.</summary>
    public const int NeutralQuality = 5;

    private static readonly JsonElement Schema = ToolSchema.Object("""
        {
          "hours":{"type":"number","minimum":0.25,"maximum":23.9,"description":"Duration in hours, e.g. 7.5 for 7h30."},
          "quality":{"type":"integer","minimum":1,"maximum":10,"description":"1–10 if the user said; 5 otherwise."},
          "wake_time":{"type":"string","description":"HH:mm or ISO 8601; now when omitted."}
        }
        """, "hours");

    /// <inheritdoc />
    public string Name => "log_sleep";

    /// <inheritdoc />
    public string Description => "Records last night's sleep: duration in hours, optional quality and wake time.";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var args = new ToolArguments(arguments);
        var hours = args.RequiredNumber("hours", 0.25m, 23.9m);
        var wake = args.Instant("wake_time", TimeZones.Find(context.TimeZone), time) ?? time.GetUtcNow();
        var quality = args.Integer("quality", 1, 10) ?? NeutralQuality;
        var bedtime = wake.AddMinutes((double)Math.Round(-hours * 60));
        return ToolResult.Ok(await tracking.LogSleepAsync(context.UserId, new LogSleep(bedtime, wake, quality), cancellationToken));
    }
}
