namespace HealthAgent.Core.Food;

/// <summary>An item to log, with its figures already known (from the nutrition lookup or the user).</summary>
/// <param name="Name">The food.</param>
/// <param name="Quantity">The amount in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit the user used.</param>
/// <param name="Grams">The amount in grams.</param>
/// <param name="Nutrients">Figures for that amount.</param>
/// <param name="Source">Where the figures came from.</param>
/// <param name="Confidence">How sure the match was, 0–1.</param>
/// <param name="FdcId">The USDA id, when known.</param>
public sealed record FoodItemDraft(string Name, decimal Quantity, string Unit, decimal Grams, Nutrients Nutrients, NutritionSource Source, decimal Confidence, int? FdcId = null);
