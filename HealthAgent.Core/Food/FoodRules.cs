using HealthAgent.Core.Common;

namespace HealthAgent.Core.Food;

/// <summary>Validation of what is logged, shared by the REST API and the agent's tools.</summary>
public static class FoodRules
{
    /// <summary>Most items one entry may hold.</summary>
    public const int MaxItems = 30;

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
        if (string.IsNullOrWhiteSpace(item.Name) || item.Name.Trim().Length > 200) yield return ("name", "The name must have 1 to 200 characters.");
        if (item.Quantity <= 0 || item.Quantity > 100000) yield return ("quantity", "The quantity must be positive.");
        if (string.IsNullOrWhiteSpace(item.Unit) || item.Unit.Length > 30) yield return ("unit", "The unit must have 1 to 30 characters.");
        if (item.Grams is <= 0 or > 5000) yield return ("grams", "The amount must be between 0 and 5000 g.");
        var n = item.Nutrients;
        if (n.Kcal < 0 || n.ProteinG < 0 || n.CarbsG < 0 || n.FatG < 0 || n.FiberG < 0 || n.SugarG < 0 || n.SodiumMg < 0)
        {
            yield return ("nutrients", "Nutrient amounts cannot be negative.");
        }
        if (n.Kcal > 20000) yield return ("nutrients.kcal", "That is more energy than one item can have.");
        if (item.Confidence is < 0 or > 1) yield return ("confidence", "The confidence must be between 0 and 1.");
    }
}
