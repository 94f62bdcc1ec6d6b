using HealthAgent.Core.Food;

namespace HealthAgent.Api.Contracts;

/// <summary>
/// Logs food: either <see cref="Text"/> ("2 eggs and toast") to look up, or explicit <see cref="Items"/>.
/// <see cref="EatenAt"/> is ISO 8601: with an offset it is an instant, without one it is the user's local time; now when omitted.
/// </summary>
public sealed record LogFoodRequest(string? Text, IReadOnlyList<FoodItemRequest>? Items, MealType? Meal, string? EatenAt, string? Note, string? IdempotencyKey);
