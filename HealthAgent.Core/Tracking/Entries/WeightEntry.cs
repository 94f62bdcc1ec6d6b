using System.Linq.Expressions;

namespace HealthAgent.Core.Tracking;

/// <summary>A weight measurement.</summary>
public sealed class WeightEntry : ITrackedEntry<WeightEntry>
{
    /// <summary>The entry id.</summary>
    public Guid Id { get; set; }

    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>When the user stood on the scale (UTC).</summary>
    public DateTimeOffset MeasuredAt { get; set; }

    /// <summary>Weight in kilograms (20–400, two decimals).</summary>
    public decimal WeightKg { get; set; }

    /// <summary>Where it came from: the user, or the legacy import.</summary>
    public EntrySource Source { get; set; } = EntrySource.User;

    /// <summary>When the entry was written (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    DateTimeOffset ITrackedEntry<WeightEntry>.At => MeasuredAt;

    /// <inheritdoc />
    public static Expression<Func<WeightEntry, DateTimeOffset>> Time { get; } = e => e.MeasuredAt;
}
