using HealthAgent.Core.Food;

namespace HealthAgent.Core.Food.Ideas;

/// <summary>Ideas for one meal within what is left of the day.</summary>
/// <param name="Meal">The meal the ideas are for.</param>
/// <param name="BudgetKcal">About how much energy the meal can have.</param>
/// <param name="RemainingKcal">The day's goal less what was eaten, or null without a calorie goal.</param>
/// <param name="Ideas">The best ideas that fit, best first; the lightest ones when none fits.</param>
/// <param name="Fits">False when no idea fits the budget and the lightest are offered instead.</param>
public sealed record MealSuggestions(MealType Meal, int BudgetKcal, decimal? RemainingKcal, IReadOnlyList<MealIdea> Ideas, bool Fits);
