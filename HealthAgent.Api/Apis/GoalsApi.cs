using HealthAgent.Api.Contracts;
using HealthAgent.Api.Validation;
using HealthAgent.Core.Goals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthAgent.Api.Apis;

/// <summary>Daily calorie, macro and water targets.</summary>
public static class GoalsApi
{
    public static IEndpointRouteBuilder MapGoalsApi(this IEndpointRouteBuilder app)
    {
        var goals = app.MapUserScope("/goals", "Goals");
        goals.MapGet("", Get).WithName("GetGoals").WithSummary("The user's daily targets (null when unset).");
        goals.MapPatch("", Set).WithName("SetGoals").WithSummary("Changes the given targets; names listed in 'clear' are unset.")
            .Validate<SetGoalsRequest>();
        goals.MapGet("/suggestion", Suggest).WithName("SuggestCalorieGoal")
            .WithSummary("A calorie target from the profile (Mifflin-St Jeor × activity factor) and the current weight.");
        return app;
    }

    private static async Task<Ok<GoalsView>> Get(Guid userId, GoalService goals, CancellationToken ct) =>
        TypedResults.Ok(await goals.GetAsync(userId, ct));

    private static async Task<Ok<GoalsView>> Set(Guid userId, SetGoalsRequest request, GoalService goals, CancellationToken ct) =>
        TypedResults.Ok(await goals.SetAsync(userId, request.ToUpdate(), ct));

    private static async Task<Ok<CalorieSuggestion>> Suggest(Guid userId, decimal? weightKg, GoalService goals, CancellationToken ct) =>
        TypedResults.Ok(await goals.SuggestAsync(userId, weightKg, ct));
}
