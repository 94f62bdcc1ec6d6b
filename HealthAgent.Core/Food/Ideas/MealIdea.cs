using HealthAgent.Core.Nutrition;

namespace HealthAgent.Core.Food.Ideas;

/// <summary>One plate the coach can suggest (<c>meal-ideas.csv</c>), with figures summed from the food table.</summary>
/// <param name="Name">What the plate is called, in words the food parser also reads back when the user logs it.</param>
/// <param name="Meals">The meals it suits.</param>
/// <param name="Items">Each food of the plate with its grams.</param>
/// <param name="Totals">The plate's figures.</param>
public sealed record MealIdea(string Name, IReadOnlyList<MealType> Meals, IReadOnlyList<MealIdeaItem> Items, NutrientProfile Totals)
{
    /// <summary>Protein and fibre for the energy: how the ideas that fit a budget are ranked.</summary>
    public double Score => Totals.Kcal <= 0 ? 0 : (Totals.Protein * 4 + Totals.Fiber * 8) / Totals.Kcal;
}
