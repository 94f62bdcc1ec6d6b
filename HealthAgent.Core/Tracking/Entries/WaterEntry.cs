using System.Linq.Expressions;

namespace HealthAgent.Core.Tracking;

/// <summary>Water the user drank.</summary>
public sealed class WaterEntry : ITrackedEntry<WaterEntry>
{
    /// <summary>The entry id.</summary>
    public Guid Id { get; set; }

    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>When the user drank (UTC).</summary>
    public DateTimeOffset DrunkAt { get; set; }

    /// <summary>Amount in millilitres, 1–5000.</summary>
    public int AmountMl { get; set; }

    /// <summary>When the entry was written (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    DateTimeOffset ITrackedEntry<WaterEntry>.At => DrunkAt;

    /// <inheritdoc />
    public static Expression<Func<WaterEntry, DateTimeOffset>> Time { get; } = e => e.DrunkAt;
}
