namespace HealthAgent.Core.Reminders.Dispatch;

/// <summary>The body of the Bot's <c>POST /internal/notifications</c>.</summary>
/// <param name="TelegramChatId">The chat (the user's Telegram id).</param>
/// <param name="Text">The message text.</param>
/// <param name="Buttons">Rows of buttons, or null.</param>
/// <param name="IdempotencyKey">The occurrence key; the Bot answers <c>duplicate</c> for a key it has sent.</param>
public sealed record NotificationRequest(long TelegramChatId, string Text, IReadOnlyList<IReadOnlyList<NotificationButton>>? Buttons, string IdempotencyKey);
