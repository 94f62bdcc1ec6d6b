using HealthAgent.Bot.Api;

namespace HealthAgent.Bot.Notifications;

/// <summary>Body of <c>POST /internal/notifications</c>; a repeated <see cref="IdempotencyKey"/> is never sent twice.</summary>
public sealed record NotificationRequest(long TelegramChatId, string? Text, IReadOnlyList<IReadOnlyList<ReplyButton>>? Buttons, string? IdempotencyKey);
