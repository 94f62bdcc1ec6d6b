using System.Linq.Expressions;

namespace HealthAgent.Core.Tracking;

/// <summary>A mood check-in.</summary>
public sealed class MoodEntry : ITrackedEntry<MoodEntry>
{
    /// <summary>The entry id.</summary>
    public Guid Id { get; set; }

    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>When the user felt this way (UTC).</summary>
    public DateTimeOffset FeltAt { get; set; }

    /// <summary>Mood score, 1–10.</summary>
    public int Score { get; set; }

    /// <summary>An optional note, up to 500 characters.</summary>
    public string? Note { get; set; }

    /// <summary>When the entry was written (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    DateTimeOffset ITrackedEntry<MoodEntry>.At => FeltAt;

    /// <inheritdoc />
    public static Expression<Func<MoodEntry, DateTimeOffset>> Time { get; } = e => e.FeltAt;
}
