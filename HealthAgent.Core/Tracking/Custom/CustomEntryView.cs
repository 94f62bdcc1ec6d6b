using System.Text.Json;

namespace HealthAgent.Core.Tracking;

/// <summary>A custom tracker entry with its values as JSON.</summary>
/// <param name="Id">The entry id.</param>
/// <param name="TrackerId">The tracker.</param>
/// <param name="RecordedAt">When it happened (UTC).</param>
/// <param name="Values">The validated values, a JSON object of field name to value.</param>
public sealed record CustomEntryView(Guid Id, Guid TrackerId, DateTimeOffset RecordedAt, JsonElement Values)
{
    /// <summary>The view of a stored entry.</summary>
    public static CustomEntryView Of(CustomTrackerEntry entry)
    {
        using var values = JsonDocument.Parse(entry.Values);
        return new(entry.Id, entry.TrackerId, entry.RecordedAt, values.RootElement.Clone());
    }
}
