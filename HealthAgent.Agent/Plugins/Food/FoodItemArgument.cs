using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HealthAgent.Core.Food;
using HealthAgent.Core.Nutrition;

namespace HealthAgent.Agent.Plugins.Food;

/// <summary>One food of <c>food_log</c>'s <c>items</c>, as the model names it; the figures are looked up, never taken from the model.</summary>
/// <param name="Name">The food.</param>
/// <param name="Quantity">How many units.</param>
/// <param name="Unit">The unit word.</param>
/// <param name="Grams">The weight, which wins over quantity and unit.</param>
public sealed record FoodItemArgument(
    [property: Description("The food, e.g. 'banana' or 'white rice'."), Required, MaxLength(FoodRules.MaxItemNameLength)] string Name,
    [property: Range(0.01, FoodRules.MaxQuantity)] double? Quantity = null,
    [property: Description("g, ml, cup, slice, piece…"), MaxLength(FoodRules.MaxUnitLength)] string? Unit = null,
    [property: Range(0.1, FoodRules.MaxItemGrams)] double? Grams = null)
{
    /// <summary>The lookup query.</summary>
    public FoodQuery ToQuery() => new(Name, Quantity, Unit, Grams);
}
