namespace HealthAgent.Core.Tracking;

/// <summary>A custom tracker with its parsed fields.</summary>
/// <param name="Id">The tracker id.</param>
/// <param name="Name">The name.</param>
/// <param name="Fields">The fields.</param>
/// <param name="CreatedAt">When it was defined (UTC).</param>
public sealed record CustomTrackerView(Guid Id, string Name, IReadOnlyList<CustomField> Fields, DateTimeOffset CreatedAt)
{
    /// <summary>The view of a stored tracker.</summary>
    public static CustomTrackerView Of(CustomTracker tracker) =>
        new(tracker.Id, tracker.Name, CustomTrackerJson.ReadFields(tracker.Fields), tracker.CreatedAt);
}
