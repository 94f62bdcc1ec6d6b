using HealthAgent.Bot.Telegram.Models;

namespace HealthAgent.Bot.Telegram.Requests;

/// <summary>Parameters of <c>editMessageText</c>.</summary>
public sealed record EditMessageTextRequest(long ChatId, long MessageId, string Text, string? ParseMode = null, InlineKeyboardMarkup? ReplyMarkup = null);
