using HealthAgent.Core.Food;
using HealthAgent.Core.Time;

namespace HealthAgent.Core.Food.Ideas;

/// <summary>
/// Suggests plates for a meal from <c>meal-ideas.csv</c> within the user's day: the meal's share of the calorie goal,
/// never more than what is left of it (dinner gets all that is left), ranked by protein and fibre for their energy.
/// </summary>
public sealed class MealIdeaService(MealIdeaCatalog catalog, FoodSummaryService summaries, TimeProvider time)
{
    /// <summary>How many ideas a suggestion holds.</summary>
    public const int Count = 3;

    /// <summary>The day's energy assumed when the user has no calorie goal.</summary>
    public const int DefaultDailyKcal = 2000;

    /// <summary>Ideas for <paramref name="meal"/> (the meal of the user's local time when null).</summary>
    public async Task<MealSuggestions> SuggestAsync(Guid userId, MealType? meal, CancellationToken cancellationToken = default)
    {
        var today = await summaries.DailyAsync(userId, null, cancellationToken);
        var which = meal ?? MealNow(today.TimeZone);
        var progress = today.Progress["kcal"];
        var share = (decimal)Share(which) * (progress.Goal ?? DefaultDailyKcal);
        var budget = progress.Remaining is { } left ? (which == MealType.Dinner ? left : Math.Min(left, share)) : share;
        var kcal = (int)Math.Max(0, Math.Round(budget));
        var forMeal = catalog.Ideas.Where(i => i.Meals.Contains(which)).ToList();
        var fitting = forMeal.Where(i => i.Totals.Kcal <= kcal)
            .OrderByDescending(i => i.Score).ThenBy(i => i.Name, StringComparer.Ordinal).Take(Count).ToList();
        // When nothing fits (a day at or over its goal) the lightest ideas are offered, and said not to fit.
        return fitting.Count > 0
            ? new MealSuggestions(which, kcal, progress.Remaining, fitting, Fits: true)
            : new MealSuggestions(which, kcal, progress.Remaining, [.. forMeal.OrderBy(i => i.Totals.Kcal).Take(Count)], Fits: false);
    }

    // The usual split of a day's energy over its meals.
    private static double Share(MealType meal) => meal switch
    {
        MealType.Breakfast => 0.25,
        MealType.Lunch => 0.35,
        MealType.Dinner => 0.3,
        _ => 0.1,
    };

    // The summary already carries the user's zone: no second read of the profile.
    private MealType MealNow(string timeZone) =>
        MealTimes.Infer(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZones.Find(timeZone)).DateTime));
}
