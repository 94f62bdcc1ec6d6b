namespace HealthAgent.Bot.Telegram;

/// <summary>A Bot API call was attempted without <c>Telegram:BotToken</c>.</summary>
public sealed class TelegramNotConfiguredException()
    : InvalidOperationException(TelegramNotConfiguredException.Advice)
{
    /// <summary>How to fix it, shown in the exception and in <c>/health/deps</c>.</summary>
    public const string Advice =
        "Telegram:BotToken is not set: create a bot with @BotFather (/newbot) and set Telegram__BotToken (environment) or Telegram:BotToken (user secrets).";
}
