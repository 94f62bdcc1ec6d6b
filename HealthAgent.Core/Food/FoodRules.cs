using HealthAgent.Core.Common;

namespace HealthAgent.Core.Food;

/// <summary>
/// What a food log may hold, defined once: the service checks it here, and the REST validator (<c>POST …/food/entries</c>)
/// and the agent's <c>log_food</c> function schema and argument checks use the same limits.
/// </summary>
public static class FoodRules
{
    /// <summary>Most items one entry may hold.</summary>
    public const int MaxItems = 30;

    /// <summary>Longest meal description in the user's words.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>Longest food name of one item.</summary>
    public const int MaxItemNameLength = 200;

    /// <summary>Longest unit of one item (g, ml, cup, slice…).</summary>
    public const int MaxUnitLength = 30;

    /// <summary>Largest quantity of one item, in its unit.</summary>
    public const int MaxQuantity = 100_000;

    /// <summary>Largest weight of one item, in grams.</summary>
    public const int MaxItemGrams = 5000;

    /// <summary>Longest note on an entry.</summary>
    public const int MaxNoteLength = 1000;

    /// <summary>Longest idempotency key.</summary>
    public const int MaxIdempotencyKeyLength = 200;

    /// <summary>Checks every item and collects all problems, naming each field as <c>items[i].field</c>.</summary>
    public static void Validate(IReadOnlyList<FoodItemDraft> items)
    {
        var errors = new Dictionary<string, string[]>();
        if (items.Count is 0 or > MaxItems)
        {
            errors["items"] = [$"An entry needs 1 to {MaxItems} items."];
        }
        for (var i = 0; i < Math.Min(items.Count, MaxItems); i++)
        {
            foreach (var (field, message) in Problems(items[i]))
            {
                errors[$"items[{i}].{field}"] = [message];
            }
        }
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }

    /// <summary>The problems of one item, by field.</summary>
    public static IEnumerable<(string Field, string Message)> Problems(FoodItemDraft item)
    {
        if (string.IsNullOrWhiteSpace(item.Name) || item.Name.Trim().Length > MaxItemNameLength) yield return ("name", $"The name must have 1 to {MaxItemNameLength} characters.");
        if (item.Quantity <= 0 || item.Quantity > MaxQuantity) yield return ("quantity", $"The quantity must be positive and at most {MaxQuantity}.");
        if (string.IsNullOrWhiteSpace(item.Unit) || item.Unit.Length > MaxUnitLength) yield return ("unit", $"The unit must have 1 to {MaxUnitLength} characters.");
        if (item.Grams is <= 0 or > MaxItemGrams) yield return ("grams", $"The amount must be between 0 and {MaxItemGrams} g.");
        var n = item.Nutrients;
        if (n.Kcal < 0 || n.ProteinG < 0 || n.CarbsG < 0 || n.FatG < 0 || n.FiberG < 0 || n.SugarG < 0 || n.SodiumMg < 0)
        {
            yield return ("nutrients", "Nutrient amounts cannot be negative.");
        }
        if (n.Kcal > 20000) yield return ("nutrients.kcal", "That is more energy than one item can have.");
        if (item.Confidence is < 0 or > 1) yield return ("confidence", "The confidence must be between 0 and 1.");
    }
}
