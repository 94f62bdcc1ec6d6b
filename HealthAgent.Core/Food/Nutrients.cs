namespace HealthAgent.Core.Food;

/// <summary>Energy and nutrients of an amount of food.</summary>
/// <param name="Kcal">Energy in kcal.</param>
/// <param name="ProteinG">Protein in grams.</param>
/// <param name="CarbsG">Carbohydrate in grams.</param>
/// <param name="FatG">Fat in grams.</param>
/// <param name="FiberG">Fibre in grams.</param>
/// <param name="SugarG">Sugars in grams.</param>
/// <param name="SodiumMg">Sodium in milligrams.</param>
public sealed record Nutrients(decimal Kcal, decimal ProteinG, decimal CarbsG, decimal FatG, decimal FiberG = 0, decimal SugarG = 0, decimal SodiumMg = 0)
{
    /// <summary>Nothing.</summary>
    public static readonly Nutrients Zero = new(0, 0, 0, 0);

    /// <summary>The sum of two amounts.</summary>
    public static Nutrients operator +(Nutrients a, Nutrients b) =>
        new(a.Kcal + b.Kcal, a.ProteinG + b.ProteinG, a.CarbsG + b.CarbsG, a.FatG + b.FatG, a.FiberG + b.FiberG, a.SugarG + b.SugarG, a.SodiumMg + b.SodiumMg);

    /// <summary>This amount scaled by <paramref name="factor"/>, rounded to one decimal.</summary>
    public Nutrients Scale(decimal factor) =>
        new(R(Kcal * factor), R(ProteinG * factor), R(CarbsG * factor), R(FatG * factor), R(FiberG * factor), R(SugarG * factor), R(SodiumMg * factor));

    /// <summary>Rounded to one decimal, for display and storage.</summary>
    public Nutrients Rounded() => Scale(1);

    private static decimal R(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
