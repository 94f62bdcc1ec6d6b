using HealthAgent.Core.Food;
using HealthAgent.Core.Nutrition.Matching;

namespace HealthAgent.Agent.Plugins.Food;

/// <summary>
/// The new weight of a logged item when the user corrects its size: a named size is the built-in table's portion for
/// that food (times the quantity logged), or the grams they give. The figures are then rescaled from the item's own.
/// </summary>
public sealed class FoodPortions(FoodMatcher matcher)
{
    /// <summary>The sizes a user can name.</summary>
    public static readonly IReadOnlyList<string> Sizes = ["small", "medium", "large"];

    /// <summary>The change that gives <paramref name="item"/> its new size.</summary>
    public ItemChange Resize(FoodItemView item, string? size, decimal? grams)
    {
        if (grams is { } weight)
        {
            return weight is > 0 and <= FoodRules.MaxItemGrams
                ? new ItemChange(Grams: weight, Quantity: weight, Unit: "g")
                : throw new ToolArgumentException($"grams must be between 1 and {FoodRules.MaxItemGrams}.");
        }
        var wanted = size?.Trim().ToLowerInvariant();
        if (wanted is null || !Sizes.Contains(wanted))
        {
            throw new ToolArgumentException("Give a size (small, medium or large) or the grams.");
        }
        var food = matcher.Match(item.Name).Best is { Confidence: >= FoodMatcher.ConfidentThreshold } match ? match.Food : null;
        if (food?.PortionGrams(wanted) is not { } each)
        {
            throw new ToolArgumentException($"I don't know how big a {wanted} {item.Name} is; tell me the grams instead.");
        }
        // "2 burritos" made large is two large ones, half a pizza half a large one; weights and volumes are one portion.
        var count = item.Unit is "g" or "ml" || item.Quantity <= 0 ? 1 : item.Quantity;
        return new ItemChange(Quantity: count, Unit: wanted, Grams: Math.Round((decimal)each * count, 1));
    }
}
