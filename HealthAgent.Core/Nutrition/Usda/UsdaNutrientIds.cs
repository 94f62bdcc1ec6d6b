namespace HealthAgent.Core.Nutrition.Usda;

/// <summary>FoodData Central nutrient ids (<c>nutrientId</c> in search results, <c>nutrient.id</c> in food details).</summary>
public static class UsdaNutrientIds
{
    /// <summary>Energy, kcal.</summary>
    public const int Energy = 1008;

    /// <summary>Energy (Atwater general factors), kcal; Foundation foods report this instead of 1008.</summary>
    public const int EnergyAtwaterGeneral = 2047;

    /// <summary>Energy (Atwater specific factors), kcal.</summary>
    public const int EnergyAtwaterSpecific = 2048;

    /// <summary>Protein, g.</summary>
    public const int Protein = 1003;

    /// <summary>Total lipid (fat), g.</summary>
    public const int Fat = 1004;

    /// <summary>Carbohydrate, by difference, g.</summary>
    public const int Carbohydrate = 1005;

    /// <summary>Fiber, total dietary, g.</summary>
    public const int Fiber = 1079;

    /// <summary>Sugars, total including NLEA, g.</summary>
    public const int Sugars = 2000;

    /// <summary>Sugars, total (older records), g.</summary>
    public const int SugarsTotal = 1063;

    /// <summary>Sodium, Na, mg.</summary>
    public const int Sodium = 1093;
}
