namespace HealthAgent.Core.Nutrition.Usda;

/// <summary>Reads the figures HealthAgent uses out of USDA's nutrient lists.</summary>
public static class UsdaNutrientReader
{
    /// <summary>The per-100 g profile of a search result food, or null when it reports no energy.</summary>
    public static NutrientProfile? Read(UsdaSearchFood food) =>
        Read(food.FoodNutrients.Select(n => (n.NutrientId, n.UnitName, (double?)n.Value)));

    /// <summary>The per-100 g profile of a food's details, or null when it reports no energy.</summary>
    public static NutrientProfile? Read(UsdaFood food) =>
        Read(food.FoodNutrients.Where(n => n.Nutrient is not null).Select(n => (n.Nutrient!.Id, n.Nutrient.UnitName, n.Amount)));

    private static NutrientProfile? Read(IEnumerable<(int Id, string? Unit, double? Value)> nutrients)
    {
        var values = new Dictionary<int, double>();
        foreach (var (id, unit, value) in nutrients)
        {
            // Energy is also reported in kJ under other ids; only kcal values are kept.
            if (value is { } amount && !string.Equals(unit, "kJ", StringComparison.OrdinalIgnoreCase))
            {
                values.TryAdd(id, amount);
            }
        }

        // Foundation foods often carry only the Atwater energies; prefer the classic value, then the specific factors.
        var kcal = Value(values, UsdaNutrientIds.Energy) ?? Value(values, UsdaNutrientIds.EnergyAtwaterSpecific)
            ?? Value(values, UsdaNutrientIds.EnergyAtwaterGeneral);
        if (kcal is null)
        {
            return null;
        }

        return new NutrientProfile(
            kcal.Value,
            Value(values, UsdaNutrientIds.Protein) ?? 0,
            Value(values, UsdaNutrientIds.Carbohydrate) ?? 0,
            Value(values, UsdaNutrientIds.Fat) ?? 0,
            Value(values, UsdaNutrientIds.Fiber) ?? 0,
            Value(values, UsdaNutrientIds.Sugars) ?? Value(values, UsdaNutrientIds.SugarsTotal) ?? 0,
            Value(values, UsdaNutrientIds.Sodium) ?? 0);
    }

    private static double? Value(Dictionary<int, double> values, int id) => values.TryGetValue(id, out var value) ? value : null;
}
