using HealthAgent.Core.Nutrition.Matching;

namespace HealthAgent.Core.Nutrition.Parsing;

/// <summary>Understands one food phrase: <see cref="QuantityParser"/> for the amount, <see cref="FoodMatcher"/> for the food, <see cref="PortionConverter"/> for grams.</summary>
public sealed class FoodPhraseParser(FoodMatcher matcher)
{
    /// <summary>Parses <paramref name="phrase"/> such as "3 slices of bread" or "200 ml milk".</summary>
    public FoodPhrase Parse(string phrase)
    {
        var parsed = QuantityParser.Parse(phrase);
        var match = parsed.FoodText.Length == 0 ? null : matcher.Match(parsed.FoodText).Best;
        var grams = PortionConverter.ToGrams(parsed.Quantity, parsed.Unit, match?.Food);
        return new FoodPhrase(phrase, parsed.FoodText, parsed.Quantity, parsed.Unit, parsed.QuantityGiven, grams, match);
    }
}
