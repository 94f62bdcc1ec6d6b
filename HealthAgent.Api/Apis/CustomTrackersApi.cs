using HealthAgent.Core.Common;
using HealthAgent.Core.Gamification;
using HealthAgent.Core.Tracking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HealthAgent.Api.Apis;

/// <summary>Trackers the user defines (typed fields) and their entries.</summary>
public static class CustomTrackersApi
{
    public static IEndpointRouteBuilder MapCustomTrackersApi(this IEndpointRouteBuilder app)
    {
        var trackers = app.MapUserScope("/trackers", "Custom trackers");
        trackers.MapPost("", Define).WithName("DefineTracker").WithSummary("Defines a tracker with typed fields (number, scale, yes/no, text, choice).");
        trackers.MapGet("", List).WithName("ListTrackers").WithSummary("The user's trackers and their fields.");
        trackers.MapDelete("/{trackerId:guid}", Delete).WithName("DeleteTracker").WithSummary("Deletes a tracker and its entries.");
        trackers.MapPost("/{trackerId:guid}/entries", Log).WithName("LogTrackerEntry").WithSummary("Records values, validated against the tracker's fields.");
        trackers.MapGet("/{trackerId:guid}/entries", ListEntries).WithName("ListTrackerEntries")
            .WithSummary("A tracker's entries on the local days ?from to ?to, newest first, keyset-paginated.");
        trackers.MapPut("/{trackerId:guid}/entries/{entryId:guid}", Update).WithName("UpdateTrackerEntry")
            .WithSummary("Replaces an entry's values, validated against the tracker's fields.");
        trackers.MapDelete("/{trackerId:guid}/entries/{entryId:guid}", DeleteEntry).WithName("DeleteTrackerEntry").WithSummary("Deletes an entry.");
        // The first routes, kept for clients that use them (docs/api.md); left out of the document, where
        // trackers/entries/{entryId} and trackers/{trackerId}/entries could not be told apart.
        trackers.MapPut("/entries/{entryId:guid}", Update).ExcludeFromDescription();
        trackers.MapDelete("/entries/{entryId:guid}", DeleteEntry).ExcludeFromDescription();
        return app;
    }

    private static async Task<Created<CustomTrackerView>> Define(Guid userId, DefineTracker command, CustomTrackerService trackers, CancellationToken ct)
    {
        var tracker = await trackers.DefineAsync(userId, command, ct);
        return TypedResults.Created($"/api/v1/users/{userId}/trackers/{tracker.Id}", tracker);
    }

    private static async Task<Ok<IReadOnlyList<CustomTrackerView>>> List(Guid userId, CustomTrackerService trackers, CancellationToken ct) =>
        TypedResults.Ok(await trackers.ListTrackersAsync(userId, ct));

    private static async Task<NoContent> Delete(Guid userId, Guid trackerId, CustomTrackerService trackers, CancellationToken ct)
    {
        await trackers.DeleteTrackerAsync(userId, trackerId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<Logged<CustomEntryView>>> Log(Guid userId, Guid trackerId, LogCustomEntry command, CustomTrackerService trackers, CancellationToken ct)
    {
        var logged = await trackers.LogAsync(userId, trackerId, command, ct);
        return TypedResults.Created($"/api/v1/users/{userId}/trackers/{trackerId}/entries/{logged.Entry.Id}", logged);
    }

    private static async Task<Ok<Page<CustomEntryView>>> ListEntries(Guid userId, Guid trackerId, DateOnly from, DateOnly to, int? limit, string? cursor,
        CustomTrackerService trackers, CancellationToken ct) =>
        TypedResults.Ok(await trackers.ListEntriesAsync(userId, trackerId, from, to, limit ?? 50, cursor, ct));

    // trackerId is absent on the first routes (trackers/entries/{entryId}).
    private static async Task<Ok<CustomEntryView>> Update(Guid userId, Guid? trackerId, Guid entryId, LogCustomEntry command, CustomTrackerService trackers, CancellationToken ct) =>
        TypedResults.Ok(await trackers.UpdateEntryAsync(userId, trackerId, entryId, command, ct));

    private static async Task<NoContent> DeleteEntry(Guid userId, Guid? trackerId, Guid entryId, CustomTrackerService trackers, CancellationToken ct)
    {
        await trackers.DeleteEntryAsync(userId, trackerId, entryId, ct);
        return TypedResults.NoContent();
    }
}
