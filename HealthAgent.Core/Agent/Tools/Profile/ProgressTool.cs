using System.Text.Json;
using HealthAgent.Core.Gamification;

namespace HealthAgent.Core.Agent.Tools.Profile;

/// <summary><c>get_progress</c>: XP, level, streaks and achievements.</summary>
public sealed class ProgressTool(GamificationService gamification) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Empty();

    /// <inheritdoc />
    public string Name => "get_progress";

    /// <inheritdoc />
    public string Description => "The user's XP, level, streaks (current and best) and achievements.";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken) =>
        ToolResult.Ok(await gamification.GetProfileAsync(context.UserId, cancellationToken));
}
