using HealthAgent.Contracts.Conversations;

namespace HealthAgent.Contracts.Notifications;

/// <summary>Body of the Bot's <c>POST /internal/notifications</c>; a repeated <see cref="IdempotencyKey"/> is never sent twice.</summary>
/// <param name="TelegramChatId">The chat (the user's Telegram id).</param>
/// <param name="Text">The message text.</param>
/// <param name="Buttons">Rows of buttons, or null.</param>
/// <param name="IdempotencyKey">For example a reminder occurrence's key; the Bot answers <c>duplicate</c> for a key it has sent.</param>
/// <param name="Image">An image sent after the text with <c>sendPhoto</c> (the weekly summary's chart), or null: the same piece a conversation reply carries.</param>
public sealed record NotificationRequest(
    long TelegramChatId, string Text, IReadOnlyList<IReadOnlyList<ReplyButton>>? Buttons, string IdempotencyKey, ReplyImage? Image = null);
