using HealthAgent.Bot.Telegram.Models;

namespace HealthAgent.Bot.Telegram.Requests;

/// <summary>Parameters of <c>sendMessage</c>.</summary>
public sealed record SendMessageRequest(long ChatId, string Text, string? ParseMode = null, InlineKeyboardMarkup? ReplyMarkup = null, ReplyParameters? ReplyParameters = null);
