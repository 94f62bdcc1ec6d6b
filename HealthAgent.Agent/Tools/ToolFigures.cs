namespace HealthAgent.Agent.Tools;

/// <summary>
/// The user's own figures a formula may read, by name: the small, allow-listed view of their data that tools get
/// instead of the database. Whoever runs a tool binds these for the tool's owner only.
/// </summary>
public static class ToolFigures
{
    /// <summary>Each figure's name and what it holds.</summary>
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["today_kcal"] = "kcal eaten today (the user's local day)",
        ["today_protein_g"] = "protein eaten today, g",
        ["today_carbs_g"] = "carbohydrates eaten today, g",
        ["today_fat_g"] = "fat eaten today, g",
        ["today_water_ml"] = "water drunk today, ml",
        ["goal_kcal"] = "the daily kcal goal",
        ["goal_protein_g"] = "the daily protein goal, g",
        ["goal_water_ml"] = "the daily water goal, ml",
        ["weight_kg"] = "the latest recorded weight, kg",
        ["height_cm"] = "the height in the profile, cm",
    };
}
