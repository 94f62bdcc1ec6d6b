namespace HealthAgent.Bot.Telegram.Models;

/// <summary>Rows of inline buttons under a message.</summary>
public sealed record InlineKeyboardMarkup(IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard);
