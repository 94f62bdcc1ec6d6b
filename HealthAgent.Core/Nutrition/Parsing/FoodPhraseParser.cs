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

    /// <summary>Reads a food named on its own: its name is matched as given, never split or re-parsed as a sentence.</summary>
    public FoodPhrase Parse(FoodQuery item)
    {
        var name = item.Name.Trim();
        var match = name.Length == 0 ? null : matcher.Match(name).Best;
        var (quantity, unit, given) = item.Grams is { } grams
            ? (grams, MeasureUnit.Gram, true)
            : (item.Quantity ?? 1, MeasureUnits.FromWord(item.Unit?.Trim().ToLowerInvariant() ?? "") ?? MeasureUnit.Piece, item.Quantity is not null);
        var phrase = given ? $"{quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)} {unit.ShortName()} {name}" : name;
        return new FoodPhrase(phrase, name, quantity, unit, given, PortionConverter.ToGrams(quantity, unit, match?.Food), match);
    }
}
