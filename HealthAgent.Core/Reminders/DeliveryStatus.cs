namespace HealthAgent.Core.Reminders;

/// <summary>Where an occurrence is. Stored by snake_case name in <c>reminder_deliveries.status</c>.</summary>
public enum DeliveryStatus
{
    /// <summary>Waiting to be sent (or to be retried).</summary>
    Pending,

    /// <summary>Delivered; no answer yet.</summary>
    Sent,

    /// <summary>Marked done.</summary>
    Done,

    /// <summary>Skipped by the user.</summary>
    Skipped,

    /// <summary>Snoozed; a later one-off occurrence replaces it.</summary>
    Snoozed,

    /// <summary>Not sent: the Worker came back after the grace window.</summary>
    Missed,

    /// <summary>Not sent: the Bot rejected it or every retry failed.</summary>
    Failed,

    /// <summary>Not sent: the user blocked the bot.</summary>
    Blocked,
}
