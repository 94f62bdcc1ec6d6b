using HealthAgent.Api.Contracts;
using HealthAgent.Api.Validation;
using HealthAgent.Core.Common;
using HealthAgent.Core.Food;
using HealthAgent.Core.Gamification;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthAgent.Api.Apis;

/// <summary>The food log: entries, items, summaries and usual meals.</summary>
public static class FoodApi
{
    public static IEndpointRouteBuilder MapFoodApi(this IEndpointRouteBuilder app)
    {
        var food = app.MapUserScope("/food", "Food");
        food.MapPost("/entries", Log).WithName("LogFood")
            .WithSummary("Logs a meal from text ('2 eggs and toast') or explicit items; a repeated idempotencyKey returns the first entry.")
            .Validate<LogFoodRequest>();
        food.MapGet("/entries", List).WithName("ListFoodEntries").WithSummary("Entries, newest first; ?date=YYYY-MM-DD for one local day; keyset-paginated.");
        food.MapGet("/entries/{entryId:guid}", Get).WithName("GetFoodEntry").WithSummary("One entry with its items and totals.");
        food.MapPatch("/entries/{entryId:guid}", UpdateEntry).WithName("UpdateFoodEntry").WithSummary("Changes the meal, time or note.");
        food.MapPatch("/entries/{entryId:guid}/items/{itemId:guid}", UpdateItem).WithName("UpdateFoodItem")
            .WithSummary("Changes an item; new grams rescale its figures.");
        food.MapDelete("/entries/{entryId:guid}", Delete).WithName("DeleteFoodEntry").WithSummary("Deletes an entry (kept for audit, gone from every total).");
        food.MapGet("/summary/daily", Daily).WithName("DailyFoodSummary").WithSummary("Totals, meals, top foods and progress against goals for a local day (today by default).");
        food.MapGet("/summary/weekly", Weekly).WithName("WeeklyFoodSummary").WithSummary("The local Monday–Sunday week containing ?date (this week by default).");
        food.MapPost("/usual-meals", SaveUsual).WithName("SaveUsualMeal").WithSummary("Saves an entry's items under a name.");
        food.MapGet("/usual-meals", ListUsual).WithName("ListUsualMeals").WithSummary("The user's usual meals with their items.");
        food.MapPost("/usual-meals/{usualMealId:guid}/log", LogUsual).WithName("LogUsualMeal").WithSummary("Logs a usual meal again.");
        food.MapDelete("/usual-meals/{usualMealId:guid}", DeleteUsual).WithName("DeleteUsualMeal").WithSummary("Deletes a usual meal.");
        return app;
    }

    private static async Task<Created<FoodLogResult>> Log(Guid userId, LogFoodRequest request, FoodLogService log, FoodTextLogger text, CancellationToken ct)
    {
        var (instant, local) = EatenAtParser.Parse(request.EatenAt);
        var result = request.Text is { } written
            ? await text.LogAsync(userId, written, request.Meal, instant, local, request.Note, request.IdempotencyKey, ct)
            : FoodLogResult.FromItems(await log.LogAsync(userId, new LogFoodCommand(
                request.Items!.Select(i => i.ToDraft()).ToList(), request.Meal, instant, local, request.Note, null, request.IdempotencyKey), ct));
        return TypedResults.Created($"/api/v1/users/{userId}/food/entries/{result.Entry.Id}", result);
    }

    private static async Task<Ok<Page<FoodEntryView>>> List(Guid userId, DateOnly? date, int? limit, string? cursor, FoodLogService log, CancellationToken ct) =>
        TypedResults.Ok(await log.ListAsync(userId, date, limit, cursor, ct));

    private static async Task<Ok<FoodEntryView>> Get(Guid userId, Guid entryId, FoodLogService log, CancellationToken ct) =>
        TypedResults.Ok(await log.GetAsync(userId, entryId, ct));

    private static async Task<Ok<FoodEntryView>> UpdateEntry(Guid userId, Guid entryId, UpdateFoodEntryRequest request, FoodLogService log, CancellationToken ct) =>
        TypedResults.Ok(await log.UpdateEntryAsync(userId, entryId, request.Meal, request.EatenAt, request.Note, ct));

    private static async Task<Ok<FoodEntryView>> UpdateItem(Guid userId, Guid entryId, Guid itemId, UpdateFoodItemRequest request, FoodLogService log, CancellationToken ct) =>
        TypedResults.Ok(await log.UpdateItemAsync(userId, entryId, itemId, request.ToChange(), ct));

    private static async Task<NoContent> Delete(Guid userId, Guid entryId, FoodLogService log, CancellationToken ct)
    {
        await log.DeleteAsync(userId, entryId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<DailySummary>> Daily(Guid userId, DateOnly? date, FoodSummaryService summaries, CancellationToken ct) =>
        TypedResults.Ok(await summaries.DailyAsync(userId, date, ct));

    private static async Task<Ok<WeeklySummary>> Weekly(Guid userId, DateOnly? date, FoodSummaryService summaries, CancellationToken ct) =>
        TypedResults.Ok(await summaries.WeeklyAsync(userId, date, ct));

    private static async Task<Created<UsualMealView>> SaveUsual(Guid userId, SaveUsualMealRequest request, UsualMealService usual, CancellationToken ct)
    {
        var saved = await usual.SaveFromEntryAsync(userId, request.EntryId, request.Name, ct);
        return TypedResults.Created($"/api/v1/users/{userId}/food/usual-meals/{saved.Id}", saved);
    }

    private static async Task<Ok<IReadOnlyList<UsualMealView>>> ListUsual(Guid userId, UsualMealService usual, CancellationToken ct) =>
        TypedResults.Ok(await usual.ListAsync(userId, ct));

    private static async Task<Created<Logged<FoodEntryView>>> LogUsual(Guid userId, Guid usualMealId, LogUsualMealRequest request, UsualMealService usual, CancellationToken ct)
    {
        var logged = await usual.LogAsync(userId, usualMealId, request.Meal, request.EatenAt, request.IdempotencyKey, ct);
        return TypedResults.Created($"/api/v1/users/{userId}/food/entries/{logged.Entry.Id}", logged);
    }

    private static async Task<NoContent> DeleteUsual(Guid userId, Guid usualMealId, UsualMealService usual, CancellationToken ct)
    {
        await usual.DeleteAsync(userId, usualMealId, ct);
        return TypedResults.NoContent();
    }
}
