namespace HealthAgent.Bot.Notifications;

/// <summary>Answer of <c>POST /internal/notifications</c>: <c>sent</c> or <c>duplicate</c>.</summary>
public sealed record NotificationResult(string Status, long? MessageId);
