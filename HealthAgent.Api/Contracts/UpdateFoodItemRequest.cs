using HealthAgent.Core.Food;

namespace HealthAgent.Api.Contracts;

/// <summary>Changes an item: new grams rescale its figures; figures given replace them.</summary>
public sealed record UpdateFoodItemRequest(string? Name, decimal? Quantity, string? Unit, decimal? Grams, Nutrients? Nutrients)
{
    public ItemChange ToChange() => new(Name, Quantity, Unit, Grams, Nutrients);
}
