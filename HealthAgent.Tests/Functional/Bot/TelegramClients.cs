extern alias bot;

using bot::HealthAgent.Bot.Delivery;
using bot::HealthAgent.Bot.Telegram;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace HealthAgent.Tests.Functional.Bot;

/// <summary>Builds the Bot's Telegram.Bot client, as the Bot configures it, against a stub.</summary>
public static class TelegramClients
{
    public static TelegramBotClient For(TelegramStub stub, Action<TelegramOptions>? configure = null) =>
        For(stub.BaseAddress, configure);

    public static TelegramBotClient For(Uri baseAddress, Action<TelegramOptions>? configure = null)
    {
        var options = new TelegramOptions { BotToken = TelegramStub.Token, ApiBaseUrl = baseAddress, PerChatInterval = TimeSpan.Zero };
        configure?.Invoke(options);
        return BotClientFactory.Create(new HttpClient(), options, new OutboundRateLimiter(Options.Create(options), TimeProvider.System));
    }
}
