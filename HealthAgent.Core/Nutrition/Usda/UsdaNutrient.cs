using System.Text.Json.Serialization;

namespace HealthAgent.Core.Nutrition.Usda;

/// <summary>A nutrient's identity in food details.</summary>
public sealed record UsdaNutrient
{
    /// <summary>The nutrient id, see <see cref="UsdaNutrientIds"/>.</summary>
    [JsonPropertyName("id")]
    public int Id { get; init; }

    /// <summary>The legacy nutrient number.</summary>
    [JsonPropertyName("number")]
    public string? Number { get; init; }

    /// <summary>The nutrient's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>"g", "mg", "kcal", "kJ"…</summary>
    [JsonPropertyName("unitName")]
    public string? UnitName { get; init; }
}
