using HealthAgent.Core.Gamification;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthAgent.Api.Apis;

/// <summary>XP, level, tier, streaks and achievements.</summary>
public static class GamificationApi
{
    public static IEndpointRouteBuilder MapGamificationApi(this IEndpointRouteBuilder app)
    {
        app.MapUserScope("/gamification", "Gamification")
            .MapGet("", async Task<Ok<GamificationProfile>> (Guid userId, GamificationService gamification, CancellationToken ct) =>
                TypedResults.Ok(await gamification.GetProfileAsync(userId, ct)))
            .WithName("GetGamification").WithSummary("Level and progress, tier, streaks with freezes left, earned and locked achievements.");
        return app;
    }
}
