using HealthAgent.Core.Nutrition.Matching;

namespace HealthAgent.Core.Nutrition.Usda;

/// <summary>Picks the search result that best fits a query: name first, then Foundation and SR Legacy over survey and branded foods.</summary>
public static class UsdaFoodSelector
{
    // Words USDA descriptions carry for precision that people never say; they neither help nor hurt a match.
    private static readonly HashSet<string> Noise = new(StringComparer.Ordinal)
    {
        "ns", "nfs", "as", "to", "or", "and", "with", "without", "from", "only", "meat", "broiler", "fryer", "all", "grade",
        "separable", "lean", "salt", "added", "skin", "made", "prepared", "ready", "serve", "drained", "solid", "liquid",
        "commercial", "enriched", "unenriched", "year", "round", "average", "include", "includes", "type", "not", "specified",
        "fluid", "mature", "seed", "variety", "usda", "commodity", "ripe", "red", "yellow",
    };

    /// <summary>The best food with its confidence (0..0.95), or null when no result has both a fitting name and energy.</summary>
    public static (UsdaSearchFood Food, NutrientProfile Per100g, double Confidence)? Select(string query, UsdaSearchResponse response)
    {
        var queryWords = Words(query);
        (UsdaSearchFood, NutrientProfile, double)? best = null;
        var bestRank = double.MinValue;
        foreach (var food in response.Foods)
        {
            if (UsdaNutrientReader.Read(food) is not { } profile)
            {
                continue;
            }

            var similarity = NameSimilarity.Score(queryWords, Words(food.Description));
            var rank = similarity + DataTypeBonus(food.DataType);
            if (rank > bestRank)
            {
                bestRank = rank;
                best = (food, profile, Math.Min(0.95, Math.Round(similarity + 0.05, 3)));
            }
        }

        return best;
    }

    private static IReadOnlyList<string> Words(string text) => [.. TextNormalizer.Tokens(text).Where(w => !Noise.Contains(w))];

    private static double DataTypeBonus(string dataType) => dataType switch
    {
        "Foundation" or "SR Legacy" => 0.06,
        "Survey (FNDDS)" => 0.04,
        "Branded" => 0,
        _ => 0.02,
    };
}
