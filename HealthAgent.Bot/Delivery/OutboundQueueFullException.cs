namespace HealthAgent.Bot.Delivery;

/// <summary>The outbound queue is saturated: a message would wait longer than allowed.</summary>
public sealed class OutboundQueueFullException(TimeSpan wait)
    : Exception($"The outbound Telegram queue is saturated (a message would wait {wait.TotalSeconds:0} s).")
{
    /// <summary>About how long until the queue has room.</summary>
    public TimeSpan Wait { get; } = wait;
}
