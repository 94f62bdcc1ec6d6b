using System.Globalization;
using System.Text.Json;
using HealthAgent.Core.Food;
using HealthAgent.Core.Time;

namespace HealthAgent.Agent.Tools.Food;

/// <summary><c>log_food</c>: logs a meal from the user's words or from explicit items; figures come from the nutrition lookup, never from the model.</summary>
public sealed class LogFoodTool(FoodTextLogger logger, TimeProvider time) : IAgentTool
{
    // The limits are the service's and the REST API's (FoodRules), so the model is told exactly what the service accepts.
    private static readonly JsonElement Schema = ToolSchema.Object($$$"""
        {
          "text":{"type":"string","maxLength":{{{FoodRules.MaxTextLength}}},"description":"What the user ate in their words, with quantities, e.g. '2 eggs and a slice of toast'."},
          "items":{"type":"array","maxItems":{{{FoodRules.MaxItems}}},"description":"Alternatively, the foods one by one.","items":{"type":"object","properties":{
            "name":{"type":"string","maxLength":{{{FoodRules.MaxItemNameLength}}}},"quantity":{"type":"number","maximum":{{{FoodRules.MaxQuantity}}}},
            "unit":{"type":"string","maxLength":{{{FoodRules.MaxUnitLength}}},"description":"g, ml, cup, slice, piece…"},
            "grams":{"type":"number","maximum":{{{FoodRules.MaxItemGrams}}}}},"required":["name"]}},
          "meal":{"type":"string","enum":["breakfast","lunch","dinner","snack"]},
          "time":{"type":"string","description":"When it was eaten: HH:mm local time or ISO 8601; now when omitted."}
        }
        """);

    /// <inheritdoc />
    public string Name => "log_food";

    /// <inheritdoc />
    public string Description => "Logs food the user ate. Nutrition figures are looked up; never pass calories. Give 'text' or 'items'.";

    /// <inheritdoc />
    public JsonElement ParametersSchema => Schema;

    /// <inheritdoc />
    public async Task<ToolResult> InvokeAsync(ToolContext context, JsonElement arguments, CancellationToken cancellationToken)
    {
        var args = new ToolArguments(arguments);
        var text = args.String("text", FoodRules.MaxTextLength) ?? ItemsText(args) ?? throw new ToolArgumentException("Give 'text' or 'items'.");
        var zone = TimeZones.Find(context.TimeZone);
        var result = await logger.LogAsync(context.UserId, text, args.Enum<MealType>("meal"), args.Instant("time", zone, time), null, null, null, cancellationToken);
        return ToolResult.Ok(result);
    }

    private static string? ItemsText(ToolArguments args)
    {
        var items = args.Array("items", FoodRules.MaxItems);
        if (items is null || items.Count == 0)
        {
            return null;
        }
        return string.Join(", ", items.Select(element =>
        {
            var item = new ToolArguments(element);
            var name = item.RequiredString("name", FoodRules.MaxItemNameLength);
            if (item.Number("grams", 0.1m, FoodRules.MaxItemGrams) is { } grams)
            {
                return $"{grams.ToString(CultureInfo.InvariantCulture)} g {name}";
            }
            var quantity = item.Number("quantity", 0.01m, FoodRules.MaxQuantity);
            var unit = item.String("unit", FoodRules.MaxUnitLength);
            return quantity is { } q ? $"{q.ToString(CultureInfo.InvariantCulture)} {unit} {name}".Replace("  ", " ") : name;
        }));
    }
}
