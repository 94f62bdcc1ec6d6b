using HealthAgent.Bot.Delivery;
using Telegram.Bot;
using Telegram.Bot.Requests.Abstractions;

namespace HealthAgent.Bot.Telegram;

/// <summary>
/// Builds Telegram.Bot's <see cref="TelegramBotClient"/> over the named <c>telegram</c> HttpClient (no generic retries,
/// a circuit breaker, token-free logs). Every attempt to send a message, a 429 retry included, first waits its turn in
/// the <see cref="OutboundRateLimiter"/>.
/// </summary>
public static class BotClientFactory
{
    /// <summary>The client name registered with <c>IHttpClientFactory</c> (and its breaker, <c>telegram-circuit</c>).</summary>
    public const string HttpClientName = "telegram";

    // Telegram.Bot checks the token's shape when the client is built. Without a token the Bot still starts and says why on
    // /health/deps, so the client gets a well-formed stand-in and refuses every call before anything is sent.
    private const string NoToken = "0:not-configured";

    // The methods Telegram's sending limits count: a message shown in a chat.
    private static readonly HashSet<string> Sends = ["sendMessage", "sendPhoto", "sendDocument", "editMessageText"];

    /// <summary>
    /// The client. Telegram.Bot repeats a request answered 429 after its <c>retry_after</c>, at most
    /// <see cref="TelegramOptions.MaxRateLimitRetries"/> times and only when the wait is at most
    /// <see cref="TelegramOptions.MaxRetryAfterSeconds"/>; nothing else repeats a request (ADR-017).
    /// </summary>
    public static TelegramBotClient Create(HttpClient http, TelegramOptions options, OutboundRateLimiter limiter)
    {
        var settings = new TelegramBotClientOptions(options.IsConfigured ? options.BotToken!.Trim() : NoToken, options.ApiBaseUrl.ToString())
        {
            RetryCount = options.MaxRateLimitRetries + 1,
            RetryThreshold = options.MaxRetryAfterSeconds,
        };
        var client = new TelegramBotClient(settings, http);
        client.OnMakingApiRequest += async (_, request, cancellationToken) =>
        {
            if (!options.IsConfigured)
            {
                throw new TelegramNotConfiguredException();
            }

            if (request.Request is IChatTargetable { ChatId.Identifier: { } chatId } && Sends.Contains(request.Request.MethodName))
            {
                await limiter.WaitTurnAsync(chatId, cancellationToken);
            }
        };
        return client;
    }
}
