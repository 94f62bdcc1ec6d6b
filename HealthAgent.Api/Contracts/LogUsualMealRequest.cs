using HealthAgent.Core.Food;

namespace HealthAgent.Api.Contracts;

/// <summary>Logs a usual meal, optionally as another meal or at another time.</summary>
public sealed record LogUsualMealRequest(MealType? Meal, DateTimeOffset? EatenAt, string? IdempotencyKey);
