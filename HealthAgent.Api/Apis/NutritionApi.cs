using HealthAgent.Api.Auth;
using HealthAgent.Core.Common;
using HealthAgent.Core.Nutrition;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthAgent.Api.Apis;

/// <summary>Nutrition look-ups: USDA FoodData Central when configured and reachable, the built-in table otherwise.</summary>
public static class NutritionApi
{
    public static IEndpointRouteBuilder MapNutritionApi(this IEndpointRouteBuilder app)
    {
        var nutrition = app.MapGroup("/api/v1/nutrition").RequireAuthorization(AuthExtensions.AnyCaller).WithTags("Nutrition");
        nutrition.MapGet("/search", Search).WithName("SearchNutrition")
            .WithSummary("Figures per 100 g for a food name, with the source and the match confidence; status 'degraded' when USDA could not answer.");
        nutrition.MapGet("/estimate", Estimate).WithName("EstimateMeal")
            .WithSummary("Reads a meal in plain language ('2 eggs and toast') into items with grams and figures, without logging it.");
        return app;
    }

    private static async Task<Ok<NutritionLookup>> Search(string q, NutritionService nutrition, CancellationToken ct) =>
        TypedResults.Ok(await nutrition.LookupAsync(Required(q, "q"), ct));

    private static async Task<Ok<MealEstimate>> Estimate(string text, NutritionService nutrition, CancellationToken ct) =>
        TypedResults.Ok(await nutrition.EstimateAsync(Required(text, "text"), ct));

    private static string Required(string value, string field) =>
        value.Trim() is { Length: > 0 and <= 500 } trimmed ? trimmed
        : throw DomainValidationException.For(field, $"'{field}' must have 1 to 500 characters.");
}
