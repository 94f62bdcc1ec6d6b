using System.Text.Json;

namespace HealthAgent.Core.Tracking;

/// <summary>An entry of a custom tracker, as raw JSON values per field name.</summary>
/// <param name="Values">Field name to value (number, integer, true/false, string); validated against the tracker.</param>
/// <param name="RecordedAt">When it happened; now when null.</param>
public sealed record LogCustomEntry(IReadOnlyDictionary<string, JsonElement> Values, DateTimeOffset? RecordedAt = null);
