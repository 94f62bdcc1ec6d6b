using StackExchange.Redis;

namespace HealthAgent.Core.Caching;

/// <summary>
/// <see cref="ICacheStore"/> on Redis. Removals are announced on a pub/sub channel so every replica's in-memory layer
/// drops the key too. Every call is bounded by <paramref name="timeout"/>, so a hanging Redis costs a request at most that.
/// </summary>
public sealed class RedisCacheStore(Func<CancellationToken, Task<IDatabase>> database, TimeSpan timeout) : ICacheStore
{
    /// <summary>The pub/sub channel that carries removed keys.</summary>
    public const string RemovalChannel = "healthagent:cache:removed";

    /// <inheritdoc />
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var db = await database(cancellationToken).WaitAsync(timeout, cancellationToken);
        var value = await db.StringGetAsync(key).WaitAsync(timeout, cancellationToken);
        return value.IsNull ? null : (string?)value;
    }

    /// <inheritdoc />
    public async Task SetAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        var db = await database(cancellationToken).WaitAsync(timeout, cancellationToken);
        await db.StringSetAsync(key, value, timeToLive).WaitAsync(timeout, cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        var db = await database(cancellationToken).WaitAsync(timeout, cancellationToken);
        await db.KeyDeleteAsync(key).WaitAsync(timeout, cancellationToken);
        await db.PublishAsync(RemovalChannel, key).WaitAsync(timeout, cancellationToken);
    }

    /// <inheritdoc />
    public async Task SubscribeToRemovalsAsync(Action<string> onRemoved, CancellationToken cancellationToken)
    {
        var db = await database(cancellationToken).WaitAsync(timeout, cancellationToken);
        await db.Multiplexer.GetSubscriber()
            .SubscribeAsync(RemovalChannel, (_, key) => onRemoved(key!))
            .WaitAsync(timeout, cancellationToken);
    }
}
