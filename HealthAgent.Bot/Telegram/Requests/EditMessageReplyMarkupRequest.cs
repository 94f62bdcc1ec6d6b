using HealthAgent.Bot.Telegram.Models;

namespace HealthAgent.Bot.Telegram.Requests;

/// <summary>Parameters of <c>editMessageReplyMarkup</c>; a null markup removes the buttons.</summary>
public sealed record EditMessageReplyMarkupRequest(long ChatId, long MessageId, InlineKeyboardMarkup? ReplyMarkup = null);
