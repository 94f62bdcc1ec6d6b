namespace HealthAgent.Core.Nutrition.Parsing;

/// <summary>The unit a quantity of food was given in.</summary>
public enum MeasureUnit
{
    /// <summary>Grams.</summary>
    Gram,

    /// <summary>Kilograms.</summary>
    Kilogram,

    /// <summary>Ounces (avoirdupois, 28.35 g).</summary>
    Ounce,

    /// <summary>Pounds (453.6 g).</summary>
    Pound,

    /// <summary>Millilitres.</summary>
    Milliliter,

    /// <summary>Litres.</summary>
    Liter,

    /// <summary>US cups (240 ml) unless the food has its own cup weight.</summary>
    Cup,

    /// <summary>Tablespoons (15 ml).</summary>
    Tablespoon,

    /// <summary>Teaspoons (5 ml).</summary>
    Teaspoon,

    /// <summary>Slices.</summary>
    Slice,

    /// <summary>Whole items, also used for plain counts such as "2 eggs".</summary>
    Piece,

    /// <summary>Servings or portions.</summary>
    Serving,

    /// <summary>Small items.</summary>
    Small,

    /// <summary>Medium items.</summary>
    Medium,

    /// <summary>Large items.</summary>
    Large,

    /// <summary>Glasses (240 ml unless the food says otherwise).</summary>
    Glass,

    /// <summary>Bowls.</summary>
    Bowl,

    /// <summary>Cans (355 ml unless the food says otherwise).</summary>
    Can,

    /// <summary>Handfuls.</summary>
    Handful,
}
