namespace HealthAgent.Bot.Telegram;

/// <summary>403: the user blocked the bot or left the chat; sending again is pointless until they write to us.</summary>
public sealed class TelegramChatBlockedException(string method, string description)
    : TelegramApiException(method, 403, description);
