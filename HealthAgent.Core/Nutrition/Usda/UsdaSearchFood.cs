using System.Text.Json.Serialization;

namespace HealthAgent.Core.Nutrition.Usda;

/// <summary>One food of a search result; nutrient values are per 100 g.</summary>
public sealed record UsdaSearchFood
{
    /// <summary>The FoodData Central id.</summary>
    [JsonPropertyName("fdcId")]
    public long FdcId { get; init; }

    /// <summary>USDA's description, such as "Bananas, raw".</summary>
    [JsonPropertyName("description")]
    public string Description { get; init; } = "";

    /// <summary>"Foundation", "SR Legacy", "Survey (FNDDS)" or "Branded".</summary>
    [JsonPropertyName("dataType")]
    public string DataType { get; init; } = "";

    /// <summary>The brand owner of a branded food.</summary>
    [JsonPropertyName("brandOwner")]
    public string? BrandOwner { get; init; }

    /// <summary>USDA's relevance score.</summary>
    [JsonPropertyName("score")]
    public double Score { get; init; }

    /// <summary>Nutrients per 100 g.</summary>
    [JsonPropertyName("foodNutrients")]
    public IReadOnlyList<UsdaSearchNutrient> FoodNutrients { get; init; } = [];
}
