namespace HealthAgent.Core.Nutrition.Parsing;

/// <summary>The words for each <see cref="MeasureUnit"/> and their short names.</summary>
public static class MeasureUnits
{
    private static readonly Dictionary<string, MeasureUnit> Words = new(StringComparer.Ordinal)
    {
        ["g"] = MeasureUnit.Gram, ["gr"] = MeasureUnit.Gram, ["gram"] = MeasureUnit.Gram, ["grams"] = MeasureUnit.Gram,
        ["gramme"] = MeasureUnit.Gram, ["grammes"] = MeasureUnit.Gram,
        ["kg"] = MeasureUnit.Kilogram, ["kgs"] = MeasureUnit.Kilogram, ["kilo"] = MeasureUnit.Kilogram, ["kilos"] = MeasureUnit.Kilogram,
        ["kilogram"] = MeasureUnit.Kilogram, ["kilograms"] = MeasureUnit.Kilogram,
        ["oz"] = MeasureUnit.Ounce, ["ounce"] = MeasureUnit.Ounce, ["ounces"] = MeasureUnit.Ounce,
        ["lb"] = MeasureUnit.Pound, ["lbs"] = MeasureUnit.Pound, ["pound"] = MeasureUnit.Pound, ["pounds"] = MeasureUnit.Pound,
        ["ml"] = MeasureUnit.Milliliter, ["millilitre"] = MeasureUnit.Milliliter, ["milliliter"] = MeasureUnit.Milliliter,
        ["millilitres"] = MeasureUnit.Milliliter, ["milliliters"] = MeasureUnit.Milliliter,
        ["l"] = MeasureUnit.Liter, ["litre"] = MeasureUnit.Liter, ["liter"] = MeasureUnit.Liter, ["litres"] = MeasureUnit.Liter,
        ["liters"] = MeasureUnit.Liter,
        ["cup"] = MeasureUnit.Cup, ["cups"] = MeasureUnit.Cup, ["mug"] = MeasureUnit.Cup, ["mugs"] = MeasureUnit.Cup,
        ["tbsp"] = MeasureUnit.Tablespoon, ["tbs"] = MeasureUnit.Tablespoon, ["tbl"] = MeasureUnit.Tablespoon,
        ["tablespoon"] = MeasureUnit.Tablespoon, ["tablespoons"] = MeasureUnit.Tablespoon, ["spoon"] = MeasureUnit.Tablespoon,
        ["spoons"] = MeasureUnit.Tablespoon, ["spoonful"] = MeasureUnit.Tablespoon, ["spoonfuls"] = MeasureUnit.Tablespoon,
        ["tsp"] = MeasureUnit.Teaspoon, ["teaspoon"] = MeasureUnit.Teaspoon, ["teaspoons"] = MeasureUnit.Teaspoon,
        ["slice"] = MeasureUnit.Slice, ["slices"] = MeasureUnit.Slice,
        ["piece"] = MeasureUnit.Piece, ["pieces"] = MeasureUnit.Piece, ["pc"] = MeasureUnit.Piece, ["pcs"] = MeasureUnit.Piece,
        ["serving"] = MeasureUnit.Serving, ["servings"] = MeasureUnit.Serving, ["portion"] = MeasureUnit.Serving,
        ["portions"] = MeasureUnit.Serving, ["plate"] = MeasureUnit.Serving, ["plates"] = MeasureUnit.Serving,
        ["plateful"] = MeasureUnit.Serving, ["bag"] = MeasureUnit.Serving, ["packet"] = MeasureUnit.Serving, ["scoop"] = MeasureUnit.Serving, ["scoops"] = MeasureUnit.Serving,
        ["glass"] = MeasureUnit.Glass, ["glasses"] = MeasureUnit.Glass,
        ["bowl"] = MeasureUnit.Bowl, ["bowls"] = MeasureUnit.Bowl, ["bowlful"] = MeasureUnit.Bowl,
        ["can"] = MeasureUnit.Can, ["cans"] = MeasureUnit.Can, ["bottle"] = MeasureUnit.Can, ["bottles"] = MeasureUnit.Can,
        ["handful"] = MeasureUnit.Handful, ["handfuls"] = MeasureUnit.Handful,
    };

    private static readonly Dictionary<string, MeasureUnit> Sizes = new(StringComparer.Ordinal)
    {
        ["small"] = MeasureUnit.Small, ["little"] = MeasureUnit.Small, ["medium"] = MeasureUnit.Medium,
        ["large"] = MeasureUnit.Large, ["big"] = MeasureUnit.Large, ["huge"] = MeasureUnit.Large,
    };

    /// <summary>The unit named by <paramref name="word"/> (<c>g</c>, <c>cups</c>, <c>tablespoon</c>…), if any.</summary>
    public static MeasureUnit? FromWord(string word) => Words.TryGetValue(word, out var unit) ? unit : null;

    /// <summary>The size named by <paramref name="word"/> (<c>small</c>, <c>medium</c>, <c>large</c>, <c>big</c>), if any.</summary>
    public static MeasureUnit? SizeFromWord(string word) => Sizes.TryGetValue(word, out var unit) ? unit : null;

    /// <summary>The short name shown to users and used as the portion key of the food table.</summary>
    public static string ShortName(this MeasureUnit unit) => unit switch
    {
        MeasureUnit.Gram => "g",
        MeasureUnit.Kilogram => "kg",
        MeasureUnit.Ounce => "oz",
        MeasureUnit.Pound => "lb",
        MeasureUnit.Milliliter => "ml",
        MeasureUnit.Liter => "l",
        MeasureUnit.Tablespoon => "tbsp",
        MeasureUnit.Teaspoon => "tsp",
        _ => unit.ToString().ToLowerInvariant(),
    };
}
