namespace HealthAgent.Bot.Telegram.Models;

/// <summary>An inline button whose press sends <see cref="CallbackData"/> (at most 64 bytes) back to the bot.</summary>
public sealed record InlineKeyboardButton(string Text, string? CallbackData = null);
