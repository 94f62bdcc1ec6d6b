using System.Text.Json.Serialization;

namespace HealthAgent.Core.Nutrition.Usda;

/// <summary>The body of <c>GET /foods/search</c>.</summary>
public sealed record UsdaSearchResponse
{
    /// <summary>How many foods matched in all.</summary>
    [JsonPropertyName("totalHits")]
    public int TotalHits { get; init; }

    /// <summary>The foods of this page, best first by USDA's score.</summary>
    [JsonPropertyName("foods")]
    public IReadOnlyList<UsdaSearchFood> Foods { get; init; } = [];
}
