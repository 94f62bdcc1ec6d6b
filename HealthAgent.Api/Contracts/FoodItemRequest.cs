using HealthAgent.Core.Food;

namespace HealthAgent.Api.Contracts;

/// <summary>An item with its figures, as the client knows them (source <c>user</c> unless given).</summary>
public sealed record FoodItemRequest(
    string Name, decimal Quantity, string Unit, decimal Grams, decimal Kcal, decimal ProteinG, decimal CarbsG, decimal FatG,
    decimal? FiberG, decimal? SugarG, decimal? SodiumMg, NutritionSource? Source, decimal? Confidence, int? FdcId)
{
    public FoodItemDraft ToDraft() => new(Name, Quantity, Unit, Grams,
        new Nutrients(Kcal, ProteinG, CarbsG, FatG, FiberG ?? 0, SugarG ?? 0, SodiumMg ?? 0), Source ?? NutritionSource.User, Confidence ?? 1m, FdcId);
}
