using System.Text.Json;
using HealthAgent.Core.Tracking;

namespace HealthAgent.Agent.Tools.Tracking;

/// <summary><c>log_mood</c>: records a mood score from 1 to 10.</summary>
public sealed class LogMoodTool(TrackingService tracking) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Object("""
        {"score":{"type":"integer","minimum":1,"maximum":10},"note":{"type":"string","maxLength":500}}
        """, "score");

    /// <inheritdoc />
    public string Name => "log_mood";

    /// <inheritdoc />
    public string Description => "Records the user's mood, 1 (awful) to 10 (great), with an optional note.";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var args = new ToolArguments(arguments);
        var score = args.Integer("score", 1, 10) ?? throw new ToolArgumentException("'score' is required.");
        return ToolResult.Ok(await tracking.LogMoodAsync(context.UserId, new LogMood(score, args.String("note", 500)), cancellationToken));
    }
}
