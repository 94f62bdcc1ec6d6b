using System.Linq.Expressions;

namespace HealthAgent.Core.Tracking;

/// <summary>An exercise session.</summary>
public sealed class ExerciseEntry : ITrackedEntry<ExerciseEntry>
{
    /// <summary>The entry id.</summary>
    public Guid Id { get; set; }

    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>When the session started (UTC).</summary>
    public DateTimeOffset PerformedAt { get; set; }

    /// <summary>What the user did (for example <c>running</c>), lower case.</summary>
    public required string Type { get; set; }

    /// <summary>Duration in minutes, 1–600.</summary>
    public int Minutes { get; set; }

    /// <summary>How hard it was.</summary>
    public ExerciseIntensity Intensity { get; set; }

    /// <summary>Energy burned in kcal, given by the user or estimated.</summary>
    public int Kcal { get; set; }

    /// <summary>Whether <see cref="Kcal"/> is our MET estimate rather than the user's number.</summary>
    public bool KcalEstimated { get; set; }

    /// <summary>When the entry was written (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    DateTimeOffset ITrackedEntry<ExerciseEntry>.At => PerformedAt;

    /// <inheritdoc />
    public static Expression<Func<ExerciseEntry, DateTimeOffset>> Time { get; } = e => e.PerformedAt;
}
