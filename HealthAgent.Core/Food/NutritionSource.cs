namespace HealthAgent.Core.Food;

/// <summary>Where an item's figures came from.</summary>
public enum NutritionSource
{
    /// <summary>USDA FoodData Central.</summary>
    Usda,

    /// <summary>HealthAgent's embedded food table (USDA figures).</summary>
    Table,

    /// <summary>An estimate (no close match).</summary>
    Estimate,

    /// <summary>Given by the user.</summary>
    User,
}
