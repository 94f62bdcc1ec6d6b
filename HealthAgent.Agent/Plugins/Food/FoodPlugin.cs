using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using HealthAgent.Core.Food;
using HealthAgent.Core.Food.Ideas;
using Microsoft.SemanticKernel;

namespace HealthAgent.Agent.Plugins.Food;

/// <summary>The <c>food</c> plugin: logs meals (figures from the nutrition lookup, never from the model), edits and deletes entries, and sums days and weeks.</summary>
public sealed class FoodPlugin(ToolContext user, FoodTextLogger logger, FoodLogService log, FoodSummaryService summaries, FoodPortions portions,
    MealIdeaService ideas, TimeProvider time)
{
    /// <summary>The plugin's name.</summary>
    public const string Name = "food";

    private readonly UserClock _clock = new(user, time);

    /// <summary><c>food_log</c>.</summary>
    [KernelFunction("log"), Description("Logs food the user ate. Nutrition figures are looked up; never pass calories. Give 'text' or 'items'.")]
    public async Task<FoodLogResult> LogAsync(
        [Description("What the user ate in their words, with quantities, e.g. '2 eggs and a slice of toast'."), MaxLength(FoodRules.MaxTextLength)] string? text = null,
        [Description("Alternatively, the foods one by one."), MaxLength(FoodRules.MaxItems)] FoodItemArgument[]? items = null,
        MealType? meal = null,
        [Description("When it was eaten: HH:mm local time or ISO 8601; now when omitted.")] string? time = null,
        CancellationToken cancellationToken = default)
    {
        var eatenAt = _clock.Instant(time, nameof(time));
        if (items is { Length: > 0 })
        {
            return await logger.LogAsync(user.UserId, [.. items.Select(i => i.ToQuery())], meal, eatenAt, cancellationToken);
        }
        return string.IsNullOrWhiteSpace(text)
            ? throw new ToolArgumentException("Give 'text' or 'items'.")
            : await logger.LogAsync(user.UserId, text.Trim(), meal, eatenAt, null, null, null, cancellationToken);
    }

    /// <summary><c>food_edit_entry</c>.</summary>
    [KernelFunction("edit_entry"), Description("Changes the meal, time or note of a food entry (by id, or the latest with last=true).")]
    public async Task<FoodEntryView> EditEntryAsync(
        [Description("The entry's id, from a previous food_log or food_day_summary result.")] Guid? entryId = null,
        [Description("True to act on the most recently logged entry instead of an id.")] bool last = false,
        MealType? meal = null,
        [Description("HH:mm local time or ISO 8601.")] string? time = null,
        [MaxLength(FoodRules.MaxNoteLength)] string? note = null,
        CancellationToken cancellationToken = default)
    {
        var id = await ResolveAsync(entryId, last, cancellationToken);
        var eatenAt = _clock.Instant(time, nameof(time));
        if (meal is null && eatenAt is null && string.IsNullOrWhiteSpace(note))
        {
            throw new ToolArgumentException("Nothing to change: give 'meal', 'time' or 'note'.");
        }
        return await log.UpdateEntryAsync(user.UserId, id, meal, eatenAt, note?.Trim(), cancellationToken);
    }

    /// <summary><c>food_resize_item</c>.</summary>
    [KernelFunction("resize_item"), Description("Corrects how much of one food was eaten (\"the salad was a large one\", \"the rice was 300 g\"): the figures are rescaled from the table.")]
    public async Task<FoodEntryView> ResizeItemAsync(
        [Description("The food as the user names it; the latest entry with it is changed."), MaxLength(FoodRules.MaxItemNameLength)] string food,
        [Description("small, medium or large (a portion of the built-in table), or leave empty and give grams.")] string? size = null,
        [Description("The new weight in grams.")] decimal? grams = null,
        CancellationToken cancellationToken = default)
    {
        var entryId = await FindByFoodAsync(food, cancellationToken);
        var item = (await log.GetAsync(user.UserId, entryId, cancellationToken)).Items.First(i => i.Name.Contains(food.Trim(), StringComparison.OrdinalIgnoreCase));
        var change = portions.Resize(item, size, grams);
        return await log.UpdateItemAsync(user.UserId, entryId, item.Id, change, cancellationToken);
    }

    /// <summary><c>food_suggest_meal</c>.</summary>
    [KernelFunction("suggest_meal"), Description("Suggests balanced plates for a meal that fit what is left of the user's calorie goal today, with their figures " +
        "from the food table. Use it for \"what should I eat for dinner?\" instead of inventing dishes or figures.")]
    public Task<MealSuggestions> SuggestMealAsync(
        [Description("The meal; the one of the user's local time when omitted.")] MealType? meal = null,
        CancellationToken cancellationToken = default) => ideas.SuggestAsync(user.UserId, meal, cancellationToken);

    /// <summary><c>food_delete_entry</c>.</summary>
    [KernelFunction("delete_entry"), Description("Deletes a food entry (by id, by a food in it, or the latest with last=true). Confirm with the user first unless they asked explicitly.")]
    public async Task<DeletedFoodEntry> DeleteEntryAsync(
        [Description("The entry's id, from a previous food_log or food_day_summary result.")] Guid? entryId = null,
        [Description("True to act on the most recently logged entry instead of an id.")] bool last = false,
        [Description("A food in the entry (\"pizza\"): the latest entry that has it."), MaxLength(FoodRules.MaxItemNameLength)] string? food = null,
        CancellationToken cancellationToken = default)
    {
        var id = food is { Length: > 0 } ? await FindByFoodAsync(food, cancellationToken) : await ResolveAsync(entryId, last, cancellationToken);
        var entry = await log.GetAsync(user.UserId, id, cancellationToken);
        await log.DeleteAsync(user.UserId, id, cancellationToken);
        return new DeletedFoodEntry(entry);
    }

    /// <summary><c>food_day_summary</c>.</summary>
    [KernelFunction("day_summary"), Description("Calories, protein, carbs, fat, meals and progress against goals for one local day.")]
    public Task<DailySummary> DaySummaryAsync(
        [Description("YYYY-MM-DD, 'today' or 'yesterday'; today when omitted.")] string? date = null, CancellationToken cancellationToken = default) =>
        summaries.DailyAsync(user.UserId, _clock.Date(date, nameof(date)), cancellationToken);

    /// <summary><c>food_week_summary</c>.</summary>
    [KernelFunction("week_summary"), Description("Totals, daily averages, days logged and goal progress for a Monday–Sunday week.")]
    public Task<WeeklySummary> WeekSummaryAsync(
        [Description("Any day of the week wanted (YYYY-MM-DD); this week when omitted.")] string? date = null, CancellationToken cancellationToken = default) =>
        summaries.WeeklyAsync(user.UserId, _clock.Date(date, nameof(date)), cancellationToken);

    // The newest of the user's last 50 entries with an item whose name contains the food.
    private async Task<Guid> FindByFoodAsync(string food, CancellationToken cancellationToken)
    {
        var wanted = food.Trim();
        if (wanted.Length == 0)
        {
            // An empty name is in every food's name: it would pick an entry the user never named.
            throw new ToolArgumentException("Say which food, for example \"the salad\".");
        }
        var page = await log.ListAsync(user.UserId, null, 50, null, cancellationToken);
        return page.Items.FirstOrDefault(e => e.Items.Any(i => i.Name.Contains(wanted, StringComparison.OrdinalIgnoreCase)))?.Id
            ?? throw new ToolArgumentException($"I couldn't find \"{wanted}\" among your recent entries.");
    }

    private async Task<Guid> ResolveAsync(Guid? entryId, bool last, CancellationToken cancellationToken)
    {
        if (entryId is { } id)
        {
            return id;
        }
        if (!last)
        {
            throw new ToolArgumentException("Give 'entryId', or 'last': true for the latest entry.");
        }
        var page = await log.ListAsync(user.UserId, null, 1, null, cancellationToken);
        return page.Items.Count > 0 ? page.Items[0].Id : throw new ToolArgumentException("There is no food entry yet.");
    }
}

/// <summary>What <c>food_delete_entry</c> removed.</summary>
/// <param name="Deleted">The entry as it was.</param>
public sealed record DeletedFoodEntry(FoodEntryView Deleted);
