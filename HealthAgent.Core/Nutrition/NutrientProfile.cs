namespace HealthAgent.Core.Nutrition;

/// <summary>Energy and nutrients of an amount of food: per 100 g in tables, per portion once scaled.</summary>
/// <param name="Kcal">Energy in kilocalories.</param>
/// <param name="Protein">Protein in grams.</param>
/// <param name="Carbs">Carbohydrate (by difference) in grams.</param>
/// <param name="Fat">Total fat in grams.</param>
/// <param name="Fiber">Total dietary fiber in grams.</param>
/// <param name="Sugar">Total sugars in grams.</param>
/// <param name="SodiumMg">Sodium in milligrams.</param>
public sealed record NutrientProfile(double Kcal, double Protein, double Carbs, double Fat, double Fiber, double Sugar, double SodiumMg)
{
    /// <summary>Nothing at all; the start of a sum.</summary>
    public static NutrientProfile Zero { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>The figures for <paramref name="grams"/> of a food whose figures per 100 g these are, rounded for display.</summary>
    public NutrientProfile ForGrams(double grams)
    {
        var factor = grams / 100.0;
        return new NutrientProfile(
            Math.Round(Kcal * factor, 1), Math.Round(Protein * factor, 2), Math.Round(Carbs * factor, 2), Math.Round(Fat * factor, 2),
            Math.Round(Fiber * factor, 2), Math.Round(Sugar * factor, 2), Math.Round(SodiumMg * factor, 1));
    }

    /// <summary>The sum of two profiles.</summary>
    public NutrientProfile Add(NutrientProfile other) => new(
        Kcal + other.Kcal, Protein + other.Protein, Carbs + other.Carbs, Fat + other.Fat,
        Fiber + other.Fiber, Sugar + other.Sugar, SodiumMg + other.SodiumMg);
}
