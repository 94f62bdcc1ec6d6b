using HealthAgent.Core.Nutrition.Table;

namespace HealthAgent.Core.Food.Ideas;

/// <summary>The embedded meal ideas, read once against the food table.</summary>
public sealed class MealIdeaCatalog(FoodTable table)
{
    /// <summary>Every idea, in file order.</summary>
    public IReadOnlyList<MealIdea> Ideas { get; } = MealIdeaReader.LoadEmbedded(table);
}
