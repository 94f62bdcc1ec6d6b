namespace HealthAgent.Core.Nutrition.Parsing;

/// <summary>A food phrase split into amount and food words, before any food is looked up.</summary>
/// <param name="FoodText">The food words, lower case, without articles, "of" or the amount.</param>
/// <param name="Quantity">How many units; 1 when the phrase gave none.</param>
/// <param name="Unit">The unit; <see cref="MeasureUnit.Piece"/> for plain counts.</param>
/// <param name="QuantityGiven">Whether the phrase stated an amount at all ("toast" does not).</param>
public sealed record ParsedQuantity(string FoodText, double Quantity, MeasureUnit Unit, bool QuantityGiven);
