namespace HealthAgent.Core.Food;

/// <summary>An item as the API and the agent show it.</summary>
public sealed record FoodItemView(Guid Id, string Name, decimal Quantity, string Unit, decimal Grams, Nutrients Nutrients,
    NutritionSource Source, decimal Confidence, int? FdcId)
{
    /// <summary>Maps the entity.</summary>
    public static FoodItemView From(FoodItem i) => new(i.Id, i.Name, i.Quantity, i.Unit, i.Grams, i.Nutrients, i.Source, i.Confidence, i.FdcId);
}
