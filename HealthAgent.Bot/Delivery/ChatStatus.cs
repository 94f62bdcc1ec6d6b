using StackExchange.Redis;

namespace HealthAgent.Bot.Delivery;

/// <summary>
/// Chats that blocked the bot (Telegram answered 403), kept in Redis so that every replica stops sending to them.
/// A chat becomes active again as soon as the user writes to the bot.
/// </summary>
public sealed class ChatStatus(IConnectionMultiplexer redis)
{
    private static readonly TimeSpan Remember = TimeSpan.FromDays(365);

    public async Task MarkInactiveAsync(long chatId, CancellationToken cancellationToken) =>
        await redis.GetDatabase().StringSetAsync(Key(chatId), "blocked", Remember);

    public async Task MarkActiveAsync(long chatId, CancellationToken cancellationToken) =>
        await redis.GetDatabase().KeyDeleteAsync(Key(chatId));

    public async Task<bool> IsInactiveAsync(long chatId, CancellationToken cancellationToken) =>
        await redis.GetDatabase().KeyExistsAsync(Key(chatId));

    private static string Key(long chatId) => $"bot:chat:{chatId}:inactive";
}
