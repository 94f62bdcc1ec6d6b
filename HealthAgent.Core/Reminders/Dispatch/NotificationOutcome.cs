namespace HealthAgent.Core.Reminders.Dispatch;

/// <summary>How the Bot answered a notification.</summary>
public enum NotificationOutcome
{
    /// <summary>200 sent, or 200 duplicate (an earlier attempt got through).</summary>
    Delivered,

    /// <summary>410: the user blocked the bot.</summary>
    Blocked,

    /// <summary>503, another 5xx, a timeout or a network error: try again later.</summary>
    Retry,

    /// <summary>400 or another 4xx: do not retry.</summary>
    Rejected,
}
