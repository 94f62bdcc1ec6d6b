namespace HealthAgent.Core.Food;

/// <summary>One food of an entry, with its amount and figures.</summary>
public sealed class FoodItem
{
    /// <summary>The item's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The entry it belongs to.</summary>
    public Guid EntryId { get; set; }

    /// <summary>The owner (every user-owned row carries it).</summary>
    public Guid UserId { get; set; }

    /// <summary>Order within the entry.</summary>
    public int Position { get; set; }

    /// <summary>The food's name.</summary>
    public required string Name { get; set; }

    /// <summary>The amount in <see cref="Unit"/>.</summary>
    public decimal Quantity { get; set; }

    /// <summary>The unit the user used (g, cup, piece, …).</summary>
    public required string Unit { get; set; }

    /// <summary>The amount in grams.</summary>
    public decimal Grams { get; set; }

    /// <summary>Energy in kcal.</summary>
    public decimal Kcal { get; set; }

    /// <summary>Protein in grams.</summary>
    public decimal ProteinG { get; set; }

    /// <summary>Carbohydrate in grams.</summary>
    public decimal CarbsG { get; set; }

    /// <summary>Fat in grams.</summary>
    public decimal FatG { get; set; }

    /// <summary>Fibre in grams.</summary>
    public decimal FiberG { get; set; }

    /// <summary>Sugars in grams.</summary>
    public decimal SugarG { get; set; }

    /// <summary>Sodium in milligrams.</summary>
    public decimal SodiumMg { get; set; }

    /// <summary>Where the figures came from.</summary>
    public NutritionSource Source { get; set; }

    /// <summary>How sure the match was, 0–1.</summary>
    public decimal Confidence { get; set; }

    /// <summary>The USDA FoodData Central id, when known.</summary>
    public int? FdcId { get; set; }

    /// <summary>The figures as one value.</summary>
    public Nutrients Nutrients => new(Kcal, ProteinG, CarbsG, FatG, FiberG, SugarG, SodiumMg);

    /// <summary>Sets the figures.</summary>
    public void SetNutrients(Nutrients n) =>
        (Kcal, ProteinG, CarbsG, FatG, FiberG, SugarG, SodiumMg) = (n.Kcal, n.ProteinG, n.CarbsG, n.FatG, n.FiberG, n.SugarG, n.SodiumMg);
}
