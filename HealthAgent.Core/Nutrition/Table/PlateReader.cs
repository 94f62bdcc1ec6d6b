using System.Globalization;

namespace HealthAgent.Core.Nutrition.Table;

/// <summary>
/// The <c>food:grams|food:grams …</c> field of the embedded tables (a recipe's ingredients, a meal idea's plate): foods
/// named by their canonical name, each with its grams.
/// </summary>
internal static class PlateReader
{
    /// <summary>The parts of <paramref name="field"/>; an unknown food or a missing weight throws, naming it.</summary>
    public static List<(TableFood Food, double Grams)> Parse(string field, Func<string, TableFood?> find)
    {
        var parts = field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part =>
        {
            var pair = part.Split(':');
            var name = pair[0].Trim();
            var food = find(name) ?? throw new KeyNotFoundException($"no food '{name}' in the table");
            return pair.Length == 2 && double.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var grams) && grams > 0
                ? (food, grams)
                : throw new FormatException($"'{part}' needs grams, as food:grams");
        }).ToList();
        return parts.Count > 0 ? parts : throw new FormatException("no foods with grams");
    }

    /// <summary>The summed figures of <paramref name="parts"/>.</summary>
    public static NutrientProfile Total(IEnumerable<(TableFood Food, double Grams)> parts) =>
        parts.Aggregate(NutrientProfile.Zero, (sum, p) => sum.Add(p.Food.Per100g.ForGrams(p.Grams)));
}
