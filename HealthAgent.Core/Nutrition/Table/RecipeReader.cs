using System.Globalization;

namespace HealthAgent.Core.Nutrition.Table;

/// <summary>
/// Reads <c>recipes.csv</c>: composite dishes (a chicken caesar salad, a burrito, ramen) as grams of foods of the table.
/// Each becomes a table food of its own whose figures per 100 g are the ingredients' figures summed and scaled, so a
/// dish has the same provenance as its ingredients and nothing is estimated by hand.
/// </summary>
public static class RecipeReader
{
    private const int FieldCount = 4;

    /// <summary>The dishes in <paramref name="reader"/>, made from <paramref name="foods"/>; an unknown ingredient throws with its line.</summary>
    public static IReadOnlyList<TableFood> Read(TextReader reader, IReadOnlyList<TableFood> foods)
    {
        var byName = foods.ToDictionary(f => f.Name, StringComparer.Ordinal);
        return TableCsv.Read(reader, "Recipe", line => Parse(line, byName));
    }

    private static TableFood Parse(string line, IReadOnlyDictionary<string, TableFood> foods)
    {
        var fields = line.Split(',');
        if (fields.Length != FieldCount)
        {
            throw new FormatException($"expected {FieldCount} fields, found {fields.Length}");
        }
        var parts = PlateReader.Parse(fields[3], name => foods.GetValueOrDefault(name));
        var total = parts.Sum(p => p.Grams);
        double Per100(Func<NutrientProfile, double> nutrient) => Math.Round(parts.Sum(p => nutrient(p.Food.Per100g) * p.Grams / 100) / total * 100, 2);
        var profile = new NutrientProfile(Per100(n => n.Kcal), Per100(n => n.Protein), Per100(n => n.Carbs), Per100(n => n.Fat),
            Per100(n => n.Fiber), Per100(n => n.Sugar), Per100(n => n.SodiumMg));
        var alcohol = Math.Round(parts.Sum(p => p.Food.AlcoholPer100g * p.Grams / 100) / total * 100, 2);
        var portions = fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(':'))
            .ToDictionary(p => p[0].Trim(), p => double.Parse(p[1], NumberStyles.Float, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var aliases = fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new TableFood(fields[0].Trim(), FoodCategory.Dish, profile, alcohol, 2, portions, aliases, null);
    }
}
