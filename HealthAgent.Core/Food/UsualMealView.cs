namespace HealthAgent.Core.Food;

/// <summary>A saved meal as the API shows it.</summary>
public sealed record UsualMealView(Guid Id, string Name, MealType? Meal, IReadOnlyList<FoodItemDraft> Items, Nutrients Totals, DateTimeOffset CreatedAt);
