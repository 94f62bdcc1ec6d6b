using HealthAgent.Core.Nutrition.Table;

namespace HealthAgent.Core.Nutrition.Matching;

/// <summary>A food that a name may mean.</summary>
/// <param name="Food">The food of the table.</param>
/// <param name="Confidence">0..1; below <see cref="FoodMatcher.ConfidentThreshold"/> the caller should ask or say it is unsure.</param>
/// <param name="Kind">How the name matched.</param>
/// <param name="MatchedText">The name or alias that matched.</param>
public sealed record FoodMatch(TableFood Food, double Confidence, MatchKind Kind, string MatchedText);
