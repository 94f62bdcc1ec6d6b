using System.Linq.Expressions;

namespace HealthAgent.Core.Tracking;

/// <summary>A night of sleep; it belongs to the local date of waking.</summary>
public sealed class SleepEntry : ITrackedEntry<SleepEntry>
{
    /// <summary>The entry id.</summary>
    public Guid Id { get; set; }

    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>When the user went to bed (UTC).</summary>
    public DateTimeOffset Bedtime { get; set; }

    /// <summary>When the user woke up (UTC); its local date is the night's date.</summary>
    public DateTimeOffset WakeTime { get; set; }

    /// <summary>Perceived quality, 1–10.</summary>
    public int Quality { get; set; }

    /// <summary>Time asleep, derived from bedtime and wake time.</summary>
    public TimeSpan Duration => WakeTime - Bedtime;

    /// <summary>How often the user woke in the night, when they said (the sleep check-in asks).</summary>
    public int? Awakenings { get; set; }

    /// <summary>Whether they had caffeine after 2 pm, when they said.</summary>
    public bool? CaffeineLate { get; set; }

    /// <summary>Whether they used screens in the hour before bed, when they said.</summary>
    public bool? ScreensBeforeBed { get; set; }

    /// <summary>When the entry was written (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    DateTimeOffset ITrackedEntry<SleepEntry>.At => WakeTime;

    /// <inheritdoc />
    public static Expression<Func<SleepEntry, DateTimeOffset>> Time { get; } = e => e.WakeTime;
}
