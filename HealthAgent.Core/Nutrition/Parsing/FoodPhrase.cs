using HealthAgent.Core.Nutrition.Matching;

namespace HealthAgent.Core.Nutrition.Parsing;

/// <summary>One food phrase, understood: amount, unit, the food it most likely means and its weight.</summary>
/// <param name="Phrase">The phrase as given.</param>
/// <param name="FoodText">The food words, lower case, without the amount or "of".</param>
/// <param name="Quantity">How many units.</param>
/// <param name="Measure">The unit.</param>
/// <param name="QuantityGiven">Whether the phrase stated an amount; otherwise one serving was assumed.</param>
/// <param name="Grams">The weight, when it could be computed.</param>
/// <param name="Match">The best food of the table, or null when none came close.</param>
public sealed record FoodPhrase(string Phrase, string FoodText, double Quantity, MeasureUnit Measure, bool QuantityGiven, double? Grams, FoodMatch? Match)
{
    /// <summary>The matched food's canonical name, or the food words when nothing matched.</summary>
    public string Name => Match?.Food.Name ?? FoodText;

    /// <summary>The unit's short name: <c>g</c>, <c>ml</c>, <c>cup</c>, <c>piece</c>, <c>large</c>…</summary>
    public string Unit => Measure.ShortName();
}
