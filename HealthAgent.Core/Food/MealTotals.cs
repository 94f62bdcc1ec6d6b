namespace HealthAgent.Core.Food;

/// <summary>What one meal of a day added up to.</summary>
public sealed record MealTotals(MealType Meal, int Entries, Nutrients Nutrients);
