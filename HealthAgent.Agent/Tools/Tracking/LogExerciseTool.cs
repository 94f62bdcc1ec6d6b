using System.Text.Json;
using HealthAgent.Core.Time;
using HealthAgent.Core.Tracking;

namespace HealthAgent.Agent.Tools.Tracking;

/// <summary><c>log_exercise</c>: records a session; energy is estimated from MET values unless the user knows it.</summary>
public sealed class LogExerciseTool(TrackingService tracking, TimeProvider time) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Object("""
        {
          "type":{"type":"string","description":"What the user did, e.g. running, cycling, yoga."},
          "minutes":{"type":"integer","minimum":1,"maximum":600},
          "intensity":{"type":"string","enum":["low","moderate","high"]},
          "kcal":{"type":"integer","minimum":0,"maximum":10000,"description":"Only if the user gave it."},
          "time":{"type":"string","description":"When it started: HH:mm or ISO 8601; now when omitted."}
        }
        """, "type", "minutes");

    /// <inheritdoc />
    public string Name => "log_exercise";

    /// <inheritdoc />
    public string Description => "Records an exercise session: type and minutes, optional intensity and calories.";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var args = new ToolArguments(arguments);
        var command = new LogExercise(
            args.RequiredString("type", 100),
            args.Integer("minutes", 1, 600) ?? throw new ToolArgumentException("'minutes' is required."),
            args.Enum<ExerciseIntensity>("intensity") ?? ExerciseIntensity.Moderate,
            args.Integer("kcal", 0, 10000),
            args.Instant("time", TimeZones.Find(context.TimeZone), time));
        return ToolResult.Ok(await tracking.LogExerciseAsync(context.UserId, command, cancellationToken));
    }
}
