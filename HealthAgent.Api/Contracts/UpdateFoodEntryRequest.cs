using HealthAgent.Core.Food;

namespace HealthAgent.Api.Contracts;

/// <summary>Changes an entry's meal, time (ISO 8601 instant) or note.</summary>
public sealed record UpdateFoodEntryRequest(MealType? Meal, DateTimeOffset? EatenAt, string? Note);
