using System.Text.Json;
using HealthAgent.Core.Food;

namespace HealthAgent.Agent.Tools.Food;

/// <summary><c>delete_food_entry</c>: removes an entry from every total.</summary>
public sealed class DeleteFoodEntryTool(FoodLogService log) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Object($"{{{FoodEntryReference.SchemaProperties}}}");

    /// <inheritdoc />
    public string Name => "delete_food_entry";

    /// <inheritdoc />
    public string Description => "Deletes a food entry (by id, or the latest with last=true). Confirm with the user first unless they asked explicitly.";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var args = new ToolArguments(arguments);
        var id = await FoodEntryReference.ResolveAsync(args, context.UserId, log, cancellationToken);
        var entry = await log.GetAsync(context.UserId, id, cancellationToken);
        await log.DeleteAsync(context.UserId, id, cancellationToken);
        return ToolResult.Ok(new { deleted = entry });
    }
}
