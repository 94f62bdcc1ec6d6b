namespace HealthAgent.Core.Reminders;

/// <summary>One occurrence of a reminder; (reminder, scheduled instant) is unique, so it is sent at most once.</summary>
public sealed class ReminderDelivery
{
    /// <summary>The delivery id (used in button actions).</summary>
    public Guid Id { get; set; }

    /// <summary>The reminder.</summary>
    public Guid ReminderId { get; set; }

    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>The occurrence's instant (UTC).</summary>
    public DateTimeOffset ScheduledAt { get; set; }

    /// <summary>Where it is.</summary>
    public DeliveryStatus Status { get; set; }

    /// <summary>Send attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>When a pending delivery may next be tried (also the send lease).</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>When the Bot accepted it.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The Telegram message id, when known.</summary>
    public long? MessageId { get; set; }

    /// <summary>When done, skipped or snoozed.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Why it was skipped, when the user said.</summary>
    public string? SkipReason { get; set; }

    /// <summary>For a missed occurrence: whether a later message has told the user.</summary>
    public bool MissedReported { get; set; }

    /// <summary>The last send error.</summary>
    public string? LastError { get; set; }

    /// <summary>When the row was written.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The occurrence key, also the Bot's idempotency key: stable for (reminder, scheduled instant).</summary>
    public string OccurrenceKey => Dispatch.OccurrenceKeys.For(ReminderId, ScheduledAt);
}
