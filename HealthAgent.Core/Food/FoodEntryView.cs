namespace HealthAgent.Core.Food;

/// <summary>An entry as the API and the agent show it; <see cref="LocalDate"/> is its day in the user's time zone.</summary>
public sealed record FoodEntryView(Guid Id, MealType Meal, DateTimeOffset EatenAt, DateOnly LocalDate, string? Note,
    IReadOnlyList<FoodItemView> Items, Nutrients Totals)
{
    /// <summary>Maps the entity, computing its local day in <paramref name="zone"/>.</summary>
    public static FoodEntryView From(FoodEntry e, TimeZoneInfo zone)
    {
        var items = e.Items.OrderBy(i => i.Position).Select(FoodItemView.From).ToList();
        return new FoodEntryView(e.Id, e.Meal, e.EatenAt, Time.ZonedTime.LocalDate(e.EatenAt, zone), e.Note, items,
            items.Aggregate(Nutrients.Zero, (sum, i) => sum + i.Nutrients).Rounded());
    }
}
