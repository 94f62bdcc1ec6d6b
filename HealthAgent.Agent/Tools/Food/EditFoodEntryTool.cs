using System.Text.Json;
using HealthAgent.Core.Food;
using HealthAgent.Core.Time;

namespace HealthAgent.Agent.Tools.Food;

/// <summary><c>edit_food_entry</c>: changes an entry's meal, time or note.</summary>
public sealed class EditFoodEntryTool(FoodLogService log, TimeProvider time) : IAgentTool
{
    private static readonly JsonElement Schema = ToolSchema.Object($$"""
        {
          {{FoodEntryReference.SchemaProperties}},
          "meal":{"type":"string","enum":["breakfast","lunch","dinner","snack"]},
          "time":{"type":"string","description":"HH:mm local time or ISO 8601."},
          "note":{"type":"string"}
        }
        """);

    /// <inheritdoc />
    public string Name => "edit_food_entry";

    /// <inheritdoc />
    public string Description => "Changes the meal, time or note of a food entry (by id, or the latest with last=true).";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var args = new ToolArguments(arguments);
        var id = await FoodEntryReference.ResolveAsync(args, context.UserId, log, cancellationToken);
        var meal = args.Enum<MealType>("meal");
        var eatenAt = args.Instant("time", TimeZones.Find(context.TimeZone), time);
        var note = args.String("note", 500);
        if (meal is null && eatenAt is null && note is null)
        {
            return ToolResult.Fail("Nothing to change: give 'meal', 'time' or 'note'.");
        }
        return ToolResult.Ok(await log.UpdateEntryAsync(context.UserId, id, meal, eatenAt, note, cancellationToken));
    }
}
