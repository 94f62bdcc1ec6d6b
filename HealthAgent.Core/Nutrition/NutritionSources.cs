namespace HealthAgent.Core.Nutrition;

/// <summary>Where a nutrition figure came from; the values are the wire names the REST layer shows.</summary>
public static class NutritionSources
{
    /// <summary>USDA FoodData Central, live or from its cache.</summary>
    public const string Usda = "usda";

    /// <summary>The embedded food table (USDA SR Legacy figures shipped with Core).</summary>
    public const string Table = "table";

    /// <summary>A known food whose portion weight had to be guessed from a generic serving.</summary>
    public const string Estimate = "estimate";

    /// <summary>No source knew the food.</summary>
    public const string None = "none";
}
