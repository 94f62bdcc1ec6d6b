using System.Text.Json.Serialization;

namespace HealthAgent.Core.Nutrition.Usda;

/// <summary>A household portion of a food, such as "1 cup, sliced" = 150 g.</summary>
public sealed record UsdaFoodPortion
{
    /// <summary>The weight of the portion in grams.</summary>
    [JsonPropertyName("gramWeight")]
    public double GramWeight { get; init; }

    /// <summary>How many measures the weight is for.</summary>
    [JsonPropertyName("amount")]
    public double? Amount { get; init; }

    /// <summary>SR Legacy's description of the measure, such as "cup, sliced".</summary>
    [JsonPropertyName("modifier")]
    public string? Modifier { get; init; }

    /// <summary>Survey and Foundation foods' description of the portion.</summary>
    [JsonPropertyName("portionDescription")]
    public string? PortionDescription { get; init; }
}
