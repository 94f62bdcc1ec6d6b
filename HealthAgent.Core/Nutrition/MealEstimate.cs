using System.Text.Json.Serialization;

namespace HealthAgent.Core.Nutrition;

/// <summary>The foods of a free-text meal, their totals and what could not be understood.</summary>
/// <param name="Text">The text as given.</param>
/// <param name="Items">One item per understood food, in the order written.</param>
/// <param name="Unrecognized">Phrases for which no food was found.</param>
/// <param name="Totals">The sum of the items.</param>
/// <param name="Degraded">True when USDA was wanted but could not answer for at least one item.</param>
/// <param name="UnavailableSources">The sources that could not answer (<c>usda</c>).</param>
public sealed record MealEstimate(
    string Text,
    IReadOnlyList<EstimatedItem> Items,
    IReadOnlyList<string> Unrecognized,
    NutrientProfile Totals,
    bool Degraded,
    [property: JsonPropertyName("unavailable_sources")] IReadOnlyList<string> UnavailableSources)
{
    /// <summary><c>degraded</c> when a fallback answered because a source was unavailable, otherwise <c>ok</c>.</summary>
    [JsonPropertyName("status")]
    public string Status => Degraded ? "degraded" : "ok";
}
