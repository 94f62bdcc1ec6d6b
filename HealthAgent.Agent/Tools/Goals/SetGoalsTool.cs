using System.Text.Json;
using HealthAgent.Core.Goals;

namespace HealthAgent.Agent.Tools.Goals;

/// <summary><c>set_goals</c>: changes some daily targets and leaves the others.</summary>
public sealed class SetGoalsTool(GoalService goals) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Object("""
        {
          "daily_kcal":{"type":"integer","minimum":500,"maximum":10000},
          "protein_g":{"type":"integer","minimum":0,"maximum":1000},
          "carbs_g":{"type":"integer","minimum":0,"maximum":2000},
          "fat_g":{"type":"integer","minimum":0,"maximum":1000},
          "water_ml":{"type":"integer","minimum":0,"maximum":10000},
          "target_weight_kg":{"type":"number","minimum":20,"maximum":400}
        }
        """);

    /// <inheritdoc />
    public string Name => "set_goals";

    /// <inheritdoc />
    public string Description => "Sets the targets the user named; omitted targets stay as they are.";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var args = new ToolArguments(arguments);
        var update = new GoalsUpdate(
            args.Integer("daily_kcal", 500, 10000), args.Integer("protein_g", 0, 1000), args.Integer("carbs_g", 0, 2000),
            args.Integer("fat_g", 0, 1000), args.Integer("water_ml", 0, 10000), args.Number("target_weight_kg", 20, 400));
        if (update == new GoalsUpdate())
        {
            return ToolResult.Fail("No goal given: name at least one of daily_kcal, protein_g, carbs_g, fat_g, water_ml, target_weight_kg.");
        }
        return ToolResult.Ok(await goals.SetAsync(context.UserId, update, cancellationToken));
    }
}
