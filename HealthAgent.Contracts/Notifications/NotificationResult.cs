namespace HealthAgent.Contracts.Notifications;

/// <summary>The Bot's answer to a notification: <c>sent</c> or <c>duplicate</c>, with the Telegram message id when known.</summary>
/// <param name="Status"><see cref="Sent"/> or <see cref="Duplicate"/>.</param>
/// <param name="MessageId">The Telegram message id.</param>
public sealed record NotificationResult(string Status, long? MessageId)
{
    /// <summary>The notification was sent now.</summary>
    public const string Sent = "sent";

    /// <summary>The key was sent before; nothing was sent now.</summary>
    public const string Duplicate = "duplicate";
}
