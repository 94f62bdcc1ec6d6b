using System.Text.Json;
using HealthAgent.Core.Goals;

namespace HealthAgent.Core.Agent.Tools.Goals;

/// <summary><c>get_goals</c>: the user's daily targets.</summary>
public sealed class GetGoalsTool(GoalService goals) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Empty();

    /// <inheritdoc />
    public string Name => "get_goals";

    /// <inheritdoc />
    public string Description => "The user's daily calorie, macro and water targets and target weight.";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken) =>
        ToolResult.Ok(await goals.GetAsync(context.UserId, cancellationToken));
}
