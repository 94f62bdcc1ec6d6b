namespace HealthAgent.Core.Tracking;

/// <summary>
/// Estimates energy burned as MET × body weight (kg) × hours, with MET values from the Compendium of Physical
/// Activities for common types at low, moderate and high intensity; unknown types use general values.
/// </summary>
public static class ExerciseCalories
{
    /// <summary>Body weight assumed when the user has never recorded one.</summary>
    public const decimal DefaultWeightKg = 70m;

    private static readonly (double Low, double Moderate, double High) General = (3.0, 4.5, 7.0);

    private static readonly Dictionary<string, (double Low, double Moderate, double High)> Mets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["walking"] = (2.8, 3.5, 5.0),
        ["running"] = (6.0, 9.8, 11.5),
        ["cycling"] = (4.0, 6.8, 10.0),
        ["swimming"] = (5.0, 7.0, 9.8),
        ["yoga"] = (2.5, 3.0, 4.0),
        ["strength"] = (3.5, 5.0, 6.0),
        ["hiking"] = (5.3, 6.0, 7.8),
        ["dancing"] = (3.0, 5.0, 7.3),
        ["rowing"] = (4.8, 7.0, 8.5),
        ["football"] = (5.0, 7.0, 10.0),
        ["tennis"] = (5.0, 7.3, 8.0),
    };

    /// <summary>The MET value of <paramref name="type"/> at <paramref name="intensity"/>.</summary>
    public static double MetOf(string type, ExerciseIntensity intensity)
    {
        var mets = Mets.GetValueOrDefault(type.Trim(), General);
        return intensity switch
        {
            ExerciseIntensity.Low => mets.Low,
            ExerciseIntensity.High => mets.High,
            _ => mets.Moderate,
        };
    }

    /// <summary>Estimated kcal, rounded to whole kcal.</summary>
    public static int Estimate(string type, ExerciseIntensity intensity, int minutes, decimal weightKg) =>
        (int)Math.Round(MetOf(type, intensity) * (double)weightKg * minutes / 60.0, MidpointRounding.AwayFromZero);
}
