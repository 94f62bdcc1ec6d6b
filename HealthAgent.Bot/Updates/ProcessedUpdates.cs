using StackExchange.Redis;
using HealthAgent.Bot.Telegram;
using Microsoft.Extensions.Options;

namespace HealthAgent.Bot.Updates;

/// <summary>
/// The update ids already handled, in Redis, so that an update Telegram delivers again (after a restart, a lost offset
/// or a webhook retry) is handled once. Telegram keeps undelivered updates for 24 hours; we remember them for longer.
/// Update ids count per bot, so the key carries the bot id (the part of the token before the colon).
/// </summary>
public sealed class ProcessedUpdates(IConnectionMultiplexer redis, IOptions<TelegramOptions> options, ILogger<ProcessedUpdates> logger)
{
    private static readonly TimeSpan Remember = TimeSpan.FromDays(3);

    public async Task<bool> WasHandledAsync(long updateId, CancellationToken cancellationToken) =>
        await redis.GetDatabase().KeyExistsAsync(Key(updateId));

    public async Task MarkHandledAsync(long updateId, CancellationToken cancellationToken)
    {
        try
        {
            await redis.GetDatabase().StringSetAsync(Key(updateId), "1", Remember);
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            // Redis holds only what can be rebuilt: without the record a redelivery could be answered twice, nothing is lost.
            logger.LogWarning(ex, "Could not record update {UpdateId} as handled.", updateId);
        }
    }

    private readonly string _botId = options.Value.BotToken?.Split(':')[0].Trim() ?? "none";

    private string Key(long updateId) => $"bot:update:{_botId}:{updateId}";
}
