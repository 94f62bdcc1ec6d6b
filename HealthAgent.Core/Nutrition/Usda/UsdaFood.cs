using System.Text.Json.Serialization;

namespace HealthAgent.Core.Nutrition.Usda;

/// <summary>The body of <c>GET /food/{fdcId}</c>; nutrient amounts are per 100 g.</summary>
public sealed record UsdaFood
{
    /// <summary>The FoodData Central id.</summary>
    [JsonPropertyName("fdcId")]
    public long FdcId { get; init; }

    /// <summary>USDA's description.</summary>
    [JsonPropertyName("description")]
    public string Description { get; init; } = "";

    /// <summary>"Foundation", "SR Legacy", "Survey (FNDDS)" or "Branded".</summary>
    [JsonPropertyName("dataType")]
    public string DataType { get; init; } = "";

    /// <summary>Nutrients per 100 g.</summary>
    [JsonPropertyName("foodNutrients")]
    public IReadOnlyList<UsdaFoodNutrient> FoodNutrients { get; init; } = [];

    /// <summary>Household portions and their weights.</summary>
    [JsonPropertyName("foodPortions")]
    public IReadOnlyList<UsdaFoodPortion> FoodPortions { get; init; } = [];
}
