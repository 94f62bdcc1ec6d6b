namespace HealthAgent.Core.Nutrition.Table;

/// <summary>One food of the embedded table.</summary>
/// <param name="Name">The canonical name, lower case, such as <c>chicken breast</c>.</param>
/// <param name="Category">Its food group.</param>
/// <param name="Per100g">Energy and nutrients per 100 g, from USDA SR Legacy figures.</param>
/// <param name="AlcoholPer100g">Grams of alcohol per 100 g; it carries 7 kcal/g, which the macronutrients do not explain.</param>
/// <param name="Priority">1 for everyday staples, 2 for common foods, 3 for less common ones; ranks otherwise equal matches.</param>
/// <param name="Portions">Grams per portion, keyed by portion name (<c>piece</c>, <c>small</c>, <c>medium</c>, <c>large</c>, <c>slice</c>, <c>cup</c>, <c>tbsp</c>, <c>tsp</c>, <c>serving</c>, <c>glass</c>, <c>bowl</c>, <c>can</c>, <c>handful</c>); <c>ml</c> holds the density in grams per millilitre.</param>
/// <param name="Aliases">Other names people use for it, lower case.</param>
/// <param name="FdcId">The USDA FoodData Central id of the same food, when known for certain.</param>
public sealed record TableFood(
    string Name,
    FoodCategory Category,
    NutrientProfile Per100g,
    double AlcoholPer100g,
    int Priority,
    IReadOnlyDictionary<string, double> Portions,
    IReadOnlyList<string> Aliases,
    long? FdcId)
{
    /// <summary>The weight in grams of one <paramref name="portion"/>, when the table knows it.</summary>
    public double? PortionGrams(string portion) => Portions.TryGetValue(portion, out var grams) ? grams : null;
}
