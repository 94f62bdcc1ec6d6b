extern alias bot;

using bot::HealthAgent.Bot.Delivery;
using bot::HealthAgent.Bot.Telegram;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HealthAgent.Tests.Functional.Bot;

/// <summary>Builds the real Bot API client against a stub.</summary>
public static class TelegramClients
{
    public static TelegramBotClient For(TelegramStub stub, Action<TelegramOptions>? configure = null) =>
        For(stub.BaseAddress, configure);

    public static TelegramBotClient For(Uri baseAddress, Action<TelegramOptions>? configure = null)
    {
        var options = new TelegramOptions { BotToken = TelegramStub.Token, ApiBaseUrl = baseAddress, PerChatInterval = TimeSpan.Zero };
        configure?.Invoke(options);
        var wrapped = Options.Create(options);
        return new TelegramBotClient(new HttpClient { BaseAddress = baseAddress }, wrapped,
            new OutboundRateLimiter(wrapped, TimeProvider.System), TimeProvider.System, NullLogger<TelegramBotClient>.Instance);
    }
}
