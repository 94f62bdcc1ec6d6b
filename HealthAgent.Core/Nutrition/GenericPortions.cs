using HealthAgent.Core.Nutrition.Parsing;

namespace HealthAgent.Core.Nutrition;

/// <summary>Weights used when neither the unit nor the food says how heavy a portion is; results using them are estimates.</summary>
public static class GenericPortions
{
    /// <summary>A typical weight in grams of one <paramref name="unit"/> of an unknown food (volumes at 1 g/ml).</summary>
    public static double GramsPer(MeasureUnit unit) => unit switch
    {
        MeasureUnit.Gram => 1,
        MeasureUnit.Kilogram => 1000,
        MeasureUnit.Ounce => 28.35,
        MeasureUnit.Pound => 453.6,
        MeasureUnit.Milliliter => 1,
        MeasureUnit.Liter => 1000,
        MeasureUnit.Cup or MeasureUnit.Glass => 240,
        MeasureUnit.Tablespoon => 15,
        MeasureUnit.Teaspoon => 5,
        MeasureUnit.Slice => 30,
        MeasureUnit.Can => 355,
        MeasureUnit.Bowl => 300,
        MeasureUnit.Handful => 30,
        MeasureUnit.Small => 75,
        MeasureUnit.Large => 130,
        MeasureUnit.Serving => 150,
        _ => 100,
    };
}
