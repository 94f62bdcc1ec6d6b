using System.Text.Json.Serialization;

namespace HealthAgent.Core.Nutrition;

/// <summary>What a food name means and its figures per 100 g.</summary>
/// <param name="Query">The name that was looked up.</param>
/// <param name="Found">Whether any source knew the food.</param>
/// <param name="FoodName">The food that was chosen: the table's name or USDA's description.</param>
/// <param name="Per100g">Energy and nutrients per 100 g; null when not found.</param>
/// <param name="Source">Where the figures came from, one of <see cref="NutritionSources"/>.</param>
/// <param name="Confidence">0..1: how sure the match is; low values are reported so the caller can ask.</param>
/// <param name="FdcId">The USDA FoodData Central id of the food, when known.</param>
/// <param name="Alternatives">Other foods the name may mean, best first.</param>
/// <param name="Degraded">True when USDA was wanted but could not answer, so a fallback answered instead.</param>
/// <param name="UnavailableSources">The sources that could not answer (<c>usda</c>).</param>
public sealed record NutritionLookup(
    string Query,
    bool Found,
    string? FoodName,
    NutrientProfile? Per100g,
    string Source,
    double Confidence,
    long? FdcId,
    IReadOnlyList<string> Alternatives,
    bool Degraded,
    [property: JsonPropertyName("unavailable_sources")] IReadOnlyList<string> UnavailableSources)
{
    /// <summary><c>degraded</c> when a fallback answered because a source was unavailable, otherwise <c>ok</c>.</summary>
    [JsonPropertyName("status")]
    public string Status => Degraded ? "degraded" : "ok";
}
