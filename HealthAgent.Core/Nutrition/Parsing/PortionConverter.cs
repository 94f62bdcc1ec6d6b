using HealthAgent.Core.Nutrition.Table;

namespace HealthAgent.Core.Nutrition.Parsing;

/// <summary>
/// Turns an amount into grams: mass units directly, volumes through the food's cup weight or density, counts and sizes
/// through the food's typical portion weights. Without a food only mass units can be converted.
/// </summary>
public static class PortionConverter
{
    private const double GramsPerOunce = 28.349523125;
    private const double GramsPerPound = 453.59237;
    private const double MillilitresPerCup = 240;

    // Relative weights of sizes when the table lists only one of them.
    private const double SmallFactor = 0.75;
    private const double LargeFactor = 1.3;

    /// <summary>Grams in <paramref name="quantity"/> <paramref name="unit"/> of <paramref name="food"/>, or null when unknown.</summary>
    public static double? ToGrams(double quantity, MeasureUnit unit, TableFood? food)
    {
        var perUnit = unit switch
        {
            MeasureUnit.Gram => 1,
            MeasureUnit.Kilogram => 1000,
            MeasureUnit.Ounce => GramsPerOunce,
            MeasureUnit.Pound => GramsPerPound,
            _ => food is null ? null : PerUnit(unit, food),
        };
        return perUnit is { } grams ? Math.Round(quantity * grams, 1) : null;
    }

    private static double? PerUnit(MeasureUnit unit, TableFood food)
    {
        var density = food.PortionGrams("ml") ?? food.PortionGrams("cup") / MillilitresPerCup ?? 1.0;
        var medium = food.PortionGrams("medium") ?? food.PortionGrams("piece");
        return unit switch
        {
            MeasureUnit.Milliliter => density,
            MeasureUnit.Liter => 1000 * density,
            MeasureUnit.Cup => food.PortionGrams("cup") ?? MillilitresPerCup * density,
            MeasureUnit.Tablespoon => food.PortionGrams("tbsp") ?? food.PortionGrams("cup") / 16 ?? 15 * density,
            MeasureUnit.Teaspoon => food.PortionGrams("tsp") ?? food.PortionGrams("tbsp") / 3 ?? food.PortionGrams("cup") / 48 ?? 5 * density,
            MeasureUnit.Glass => food.PortionGrams("glass") ?? MillilitresPerCup * density,
            MeasureUnit.Can => food.PortionGrams("can") ?? 355 * density,
            MeasureUnit.Bowl => food.PortionGrams("bowl") ?? food.PortionGrams("cup") * 1.5 ?? food.PortionGrams("serving"),
            MeasureUnit.Handful => food.PortionGrams("handful"),
            MeasureUnit.Slice => food.PortionGrams("slice"),
            MeasureUnit.Piece => food.PortionGrams("piece") ?? medium ?? food.PortionGrams("serving"),
            MeasureUnit.Medium => medium,
            MeasureUnit.Small => food.PortionGrams("small") ?? medium * SmallFactor,
            MeasureUnit.Large => food.PortionGrams("large") ?? medium * LargeFactor,
            MeasureUnit.Serving => food.PortionGrams("serving") ?? food.PortionGrams("piece") ?? medium ?? food.PortionGrams("cup")
                ?? food.PortionGrams("slice"),
            _ => null,
        };
    }
}
