using System.Text.Json.Serialization;

namespace HealthAgent.Core.Nutrition.Usda;

/// <summary>One nutrient of a food's details.</summary>
public sealed record UsdaFoodNutrient
{
    /// <summary>Which nutrient.</summary>
    [JsonPropertyName("nutrient")]
    public UsdaNutrient? Nutrient { get; init; }

    /// <summary>The amount per 100 g; absent for nutrients that were not analysed.</summary>
    [JsonPropertyName("amount")]
    public double? Amount { get; init; }
}
