using HealthAgent.Core.Common;
using HealthAgent.Core.Nutrition;

namespace HealthAgent.Core.Food;

/// <summary>Logs a meal written in plain language or named food by food: the nutrition service finds quantities and figures, the food log saves them.</summary>
public sealed class FoodTextLogger(NutritionService nutrition, FoodLogService log)
{
    /// <summary>Estimates <paramref name="text"/> and logs what was understood.</summary>
    /// <exception cref="DomainValidationException">No food in the text was recognised (the message lists what was not).</exception>
    public async Task<FoodLogResult> LogAsync(Guid userId, string text, MealType? meal, DateTimeOffset? eatenAt, DateTime? eatenAtLocal,
        string? note, string? idempotencyKey, CancellationToken cancellationToken = default) =>
        await LogAsync(userId, text, await nutrition.EstimateAsync(text, cancellationToken), meal, eatenAt, eatenAtLocal, note, idempotencyKey, cancellationToken);

    /// <summary>Looks up foods named one by one and logs those found; the text stored with the entry lists them.</summary>
    /// <exception cref="DomainValidationException">None of the foods was recognised.</exception>
    public async Task<FoodLogResult> LogAsync(Guid userId, IReadOnlyList<FoodQuery> foods, MealType? meal, DateTimeOffset? eatenAt, CancellationToken cancellationToken = default)
    {
        var estimate = await nutrition.EstimateAsync(foods, cancellationToken);
        return await LogAsync(userId, estimate.Text, estimate, meal, eatenAt, null, null, null, cancellationToken);
    }

    private async Task<FoodLogResult> LogAsync(Guid userId, string text, MealEstimate estimate, MealType? meal, DateTimeOffset? eatenAt, DateTime? eatenAtLocal,
        string? note, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var items = estimate.Items.Where(i => i.Source != NutritionSources.None && i.Grams > 0).Select(ToDraft).ToList();
        if (items.Count == 0)
        {
            var unknown = estimate.Unrecognized.Count > 0 ? string.Join(", ", estimate.Unrecognized.Select(u => $"'{u}'")) : $"'{text}'";
            throw DomainValidationException.For("text", $"I could not recognise any food in {unknown}. Try something like '2 eggs and a slice of toast' or '150 g chicken breast'.");
        }
        var logged = await log.LogAsync(userId, new LogFoodCommand(items, meal, eatenAt, eatenAtLocal, note, text, idempotencyKey), cancellationToken);
        return new FoodLogResult(logged.Entry, logged.Award, estimate.Unrecognized, estimate.Degraded ? "degraded" : "ok", estimate.UnavailableSources);
    }

    /// <summary>Turns an estimated item into an item to log.</summary>
    public static FoodItemDraft ToDraft(EstimatedItem item) => new(
        item.Name,
        (decimal)Math.Round(item.Quantity, 2),
        item.Unit,
        (decimal)Math.Round(item.Grams, 1),
        new Nutrients((decimal)item.Kcal, (decimal)item.Protein, (decimal)item.Carbs, (decimal)item.Fat, (decimal)item.Fiber, (decimal)item.Sugar, (decimal)item.Sodium),
        item.Source switch
        {
            NutritionSources.Usda => NutritionSource.Usda,
            NutritionSources.Table => NutritionSource.Table,
            _ => NutritionSource.Estimate,
        },
        (decimal)Math.Round(Math.Clamp(item.Confidence, 0, 1), 2),
        item.FdcId is { } id && id <= int.MaxValue ? (int)id : null);
}
