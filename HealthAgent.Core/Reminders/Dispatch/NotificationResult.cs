namespace HealthAgent.Core.Reminders.Dispatch;

/// <summary>What became of one notification.</summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="MessageId">The Telegram message id when sent.</param>
/// <param name="RetryAfter">How long the Bot asked to wait, when it said.</param>
/// <param name="Error">What went wrong, for the delivery row.</param>
public sealed record NotificationResult(NotificationOutcome Outcome, long? MessageId = null, TimeSpan? RetryAfter = null, string? Error = null);
