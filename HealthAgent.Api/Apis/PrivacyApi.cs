using HealthAgent.Core.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthAgent.Api.Apis;

/// <summary>Everything of a user as JSON, and irreversible account deletion.</summary>
public static class PrivacyApi
{
    public static IEndpointRouteBuilder MapPrivacyApi(this IEndpointRouteBuilder app)
    {
        var user = app.MapUserScope("", "Privacy");
        user.MapGet("/export", async Task<Ok<UserDataExport>> (Guid userId, UserDataService data, CancellationToken ct) =>
            TypedResults.Ok(await data.ExportAsync(userId, ct)))
            .WithName("ExportUserData").WithSummary("Everything stored about the user, deleted food entries included (flagged).");
        user.MapDelete("", async Task<NoContent> (Guid userId, string? confirm, UserDataService data, CancellationToken ct) =>
        {
            await data.DeleteAsync(userId, confirm, ct);
            return TypedResults.NoContent();
        }).WithName("DeleteUser").WithSummary("Deletes the user and all their data, irreversibly; requires ?confirm=DELETE.");
        return app;
    }
}
