using HealthAgent.Core.Common;
using HealthAgent.Core.Gamification;
using HealthAgent.Core.Tracking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthAgent.Api.Apis;

/// <summary>Weight, sleep, water, exercise and mood: log, list, change, delete; daily water and trends.</summary>
public static class TrackingApi
{
    public static IEndpointRouteBuilder MapTrackingApi(this IEndpointRouteBuilder app)
    {
        var tracking = app.MapUserScope("/tracking", "Tracking");
        MapKind<WeightEntry, LogWeight>(tracking, "weight", TrackingKind.Weight, (s, u, c, ct) => s.LogWeightAsync(u, c, ct), (s, u, id, c, ct) => s.UpdateWeightAsync(u, id, c, ct));
        MapKind<SleepEntry, LogSleep>(tracking, "sleep", TrackingKind.Sleep, (s, u, c, ct) => s.LogSleepAsync(u, c, ct), (s, u, id, c, ct) => s.UpdateSleepAsync(u, id, c, ct));
        MapKind<WaterEntry, LogWater>(tracking, "water", TrackingKind.Water, (s, u, c, ct) => s.LogWaterAsync(u, c, ct), (s, u, id, c, ct) => s.UpdateWaterAsync(u, id, c, ct));
        MapKind<ExerciseEntry, LogExercise>(tracking, "exercise", TrackingKind.Exercise, (s, u, c, ct) => s.LogExerciseAsync(u, c, ct), (s, u, id, c, ct) => s.UpdateExerciseAsync(u, id, c, ct));
        MapKind<MoodEntry, LogMood>(tracking, "mood", TrackingKind.Mood, (s, u, c, ct) => s.LogMoodAsync(u, c, ct), (s, u, id, c, ct) => s.UpdateMoodAsync(u, id, c, ct));

        tracking.MapGet("/water/daily", async Task<Ok<IReadOnlyList<DailyTotal>>> (Guid userId, DateOnly from, DateOnly to, TrackingQueryService queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.DailyWaterAsync(userId, from, to, ct)))
            .WithName("DailyWater").WithSummary("Water per local day from ?from to ?to (every day listed).");
        tracking.MapGet("/trends", async Task<Ok<TrackingTrends>> (Guid userId, TrackingQueryService queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.TrendsAsync(userId, ct)))
            .WithName("TrackingTrends").WithSummary("7- and 30-day averages and weight change, in the user's local days.");
        return app;
    }

    // One shape for every kind: POST log, GET list (?from&to&limit&cursor), PATCH replace, DELETE.
    private static void MapKind<TEntry, TCommand>(RouteGroupBuilder group, string path, TrackingKind kind,
        Func<TrackingService, Guid, TCommand, CancellationToken, Task<Logged<TEntry>>> log,
        Func<TrackingService, Guid, Guid, TCommand, CancellationToken, Task<TEntry>> update)
        where TEntry : class, ITrackedEntry<TEntry>
    {
        var name = char.ToUpperInvariant(path[0]) + path[1..];
        group.MapPost($"/{path}", async Task<Created<Logged<TEntry>>> (Guid userId, TCommand command, TrackingService service, CancellationToken ct) =>
        {
            var logged = await log(service, userId, command, ct);
            return TypedResults.Created($"/api/v1/users/{userId}/tracking/{path}/{logged.Entry.Id}", logged);
        }).WithName($"Log{name}").WithSummary($"Records {path}; the response includes the XP it earned.");

        group.MapGet($"/{path}", async Task<Ok<Page<TEntry>>> (Guid userId, DateOnly from, DateOnly to, int? limit, string? cursor, TrackingQueryService queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.ListAsync<TEntry>(userId, from, to, limit ?? 50, cursor, ct)))
            .WithName($"List{name}").WithSummary($"{name} entries on the local days ?from to ?to, newest first, keyset-paginated.");

        group.MapPut($"/{path}/{{entryId:guid}}", async Task<Ok<TEntry>> (Guid userId, Guid entryId, TCommand command, TrackingService service, CancellationToken ct) =>
            TypedResults.Ok(await update(service, userId, entryId, command, ct)))
            .WithName($"Update{name}").WithSummary($"Replaces a {path} entry.");

        group.MapDelete($"/{path}/{{entryId:guid}}", async Task<NoContent> (Guid userId, Guid entryId, TrackingService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(userId, kind, entryId, ct);
            return TypedResults.NoContent();
        }).WithName($"Delete{name}").WithSummary($"Deletes a {path} entry.");
    }
}
