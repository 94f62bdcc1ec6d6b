namespace HealthAgent.Core.Food;

/// <summary>What to log. Time: <see cref="EatenAt"/> (an instant) or <see cref="EatenAtLocal"/> (the user's wall clock) or neither (now).</summary>
/// <param name="Items">1 to 30 items with their figures.</param>
/// <param name="Meal">The meal; inferred from the local time when null.</param>
/// <param name="EatenAt">When, as an instant.</param>
/// <param name="EatenAtLocal">When, on the user's wall clock.</param>
/// <param name="Note">A note.</param>
/// <param name="SourceText">The text the items were parsed from.</param>
/// <param name="IdempotencyKey">Makes a repeated request return the first entry.</param>
public sealed record LogFoodCommand(
    IReadOnlyList<FoodItemDraft> Items,
    MealType? Meal = null,
    DateTimeOffset? EatenAt = null,
    DateTime? EatenAtLocal = null,
    string? Note = null,
    string? SourceText = null,
    string? IdempotencyKey = null);
