namespace HealthAgent.Core.Food;

/// <summary>A food that contributed most energy over a period.</summary>
public sealed record TopFood(string Name, int Times, decimal Grams, decimal Kcal);
