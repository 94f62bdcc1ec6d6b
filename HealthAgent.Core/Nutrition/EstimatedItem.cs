namespace HealthAgent.Core.Nutrition;

/// <summary>One food of a meal with its amount and the figures for that amount.</summary>
/// <param name="Phrase">The phrase it was read from.</param>
/// <param name="Name">The food that was chosen.</param>
/// <param name="Quantity">How many units.</param>
/// <param name="Unit">The unit's short name (<c>g</c>, <c>ml</c>, <c>cup</c>, <c>piece</c>, <c>large</c>…).</param>
/// <param name="Grams">The weight the figures are for.</param>
/// <param name="Kcal">Energy in kilocalories.</param>
/// <param name="Protein">Protein in grams.</param>
/// <param name="Carbs">Carbohydrate in grams.</param>
/// <param name="Fat">Fat in grams.</param>
/// <param name="Fiber">Dietary fiber in grams.</param>
/// <param name="Sugar">Sugars in grams.</param>
/// <param name="Sodium">Sodium in milligrams.</param>
/// <param name="Source"><c>usda</c> or <c>table</c> for the figures; <c>estimate</c> when the weight was a generic guess.</param>
/// <param name="Confidence">0..1, combining how sure the food and the weight are.</param>
/// <param name="FdcId">The USDA FoodData Central id, when known.</param>
public sealed record EstimatedItem(
    string Phrase,
    string Name,
    double Quantity,
    string Unit,
    double Grams,
    double Kcal,
    double Protein,
    double Carbs,
    double Fat,
    double Fiber,
    double Sugar,
    double Sodium,
    string Source,
    double Confidence,
    long? FdcId);
