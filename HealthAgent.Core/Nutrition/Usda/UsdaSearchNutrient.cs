using System.Text.Json.Serialization;

namespace HealthAgent.Core.Nutrition.Usda;

/// <summary>One nutrient of a search result food.</summary>
public sealed record UsdaSearchNutrient
{
    /// <summary>The nutrient id, see <see cref="UsdaNutrientIds"/>.</summary>
    [JsonPropertyName("nutrientId")]
    public int NutrientId { get; init; }

    /// <summary>The legacy nutrient number, such as "208" for energy.</summary>
    [JsonPropertyName("nutrientNumber")]
    public string? NutrientNumber { get; init; }

    /// <summary>The nutrient's name.</summary>
    [JsonPropertyName("nutrientName")]
    public string? NutrientName { get; init; }

    /// <summary>"G", "MG", "KCAL", "kJ"…</summary>
    [JsonPropertyName("unitName")]
    public string? UnitName { get; init; }

    /// <summary>The amount per 100 g.</summary>
    [JsonPropertyName("value")]
    public double Value { get; init; }
}
