using System.Linq.Expressions;

namespace HealthAgent.Core.Tracking;

/// <summary>An entry of a custom tracker; <see cref="Values"/> holds the validated values as a JSONB object.</summary>
public sealed class CustomTrackerEntry : ITrackedEntry<CustomTrackerEntry>
{
    /// <summary>The entry id.</summary>
    public Guid Id { get; set; }

    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>The tracker.</summary>
    public Guid TrackerId { get; set; }

    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The validated values as a JSON object, field name to value.</summary>
    public required string Values { get; set; }

    /// <summary>When the entry was written (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    DateTimeOffset ITrackedEntry<CustomTrackerEntry>.At => RecordedAt;

    /// <inheritdoc />
    public static Expression<Func<CustomTrackerEntry, DateTimeOffset>> Time { get; } = e => e.RecordedAt;
}
