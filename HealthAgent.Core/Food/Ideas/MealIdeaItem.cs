namespace HealthAgent.Core.Food.Ideas;

/// <summary>A food of a meal idea.</summary>
/// <param name="Food">The table's canonical name.</param>
/// <param name="Grams">How much of it.</param>
public sealed record MealIdeaItem(string Food, double Grams);
