using HealthAgent.Core.Users;

namespace HealthAgent.Core.Goals;

/// <summary>The Mifflin-St Jeor estimate of daily energy needs, with the usual activity multipliers.</summary>
public static class CalorieGoal
{
    /// <summary>Basal metabolic rate in kcal/day: 10·kg + 6.25·cm − 5·age + 5 (male) or −161 (female); the mean of both for other.</summary>
    public static double BasalMetabolicRate(Sex sex, int age, decimal heightCm, decimal weightKg)
    {
        var common = 10 * (double)weightKg + 6.25 * (double)heightCm - 5 * age;
        return common + sex switch
        {
            Sex.Male => 5,
            Sex.Female => -161,
            _ => -78,
        };
    }

    /// <summary>The activity multiplier for <paramref name="level"/>.</summary>
    public static double ActivityFactor(ActivityLevel level) => level switch
    {
        ActivityLevel.Sedentary => 1.2,
        ActivityLevel.Light => 1.375,
        ActivityLevel.Moderate => 1.55,
        ActivityLevel.Active => 1.725,
        _ => 1.9,
    };

    /// <summary>Daily kcal to keep the current weight, rounded to 10 kcal.</summary>
    public static int Maintenance(Sex sex, int age, decimal heightCm, decimal weightKg, ActivityLevel level) =>
        (int)(Math.Round(BasalMetabolicRate(sex, age, heightCm, weightKg) * ActivityFactor(level) / 10) * 10);

    /// <summary>
    /// A suggested daily target: maintenance, less 500 kcal when the target weight is lower (about 0.5 kg a week),
    /// more 300 kcal when it is higher, never below 1200 kcal.
    /// </summary>
    public static int Suggest(Sex sex, int age, decimal heightCm, decimal weightKg, ActivityLevel level, decimal? targetWeightKg)
    {
        var maintenance = Maintenance(sex, age, heightCm, weightKg, level);
        var adjusted = targetWeightKg switch
        {
            { } target when target < weightKg - 0.5m => maintenance - 500,
            { } target when target > weightKg + 0.5m => maintenance + 300,
            _ => maintenance,
        };
        return Math.Max(1200, adjusted);
    }
}
