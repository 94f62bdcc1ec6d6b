namespace HealthAgent.Core.Nutrition;

/// <summary>One food named on its own (by the model or a client), with an amount: grams, or a quantity of a unit.</summary>
/// <param name="Name">The food, such as "banana" or "white rice".</param>
/// <param name="Quantity">How many units; one when omitted.</param>
/// <param name="Unit">The unit word (g, ml, cup, slice, piece…); a piece when omitted or unknown.</param>
/// <param name="Grams">The weight, which wins over quantity and unit when given.</param>
public sealed record FoodQuery(string Name, double? Quantity = null, string? Unit = null, double? Grams = null);
