using System.Diagnostics.Metrics;
using HealthAgent.Core.Diagnostics;
using Microsoft.Extensions.Caching.Hybrid;
using StackExchange.Redis;

namespace HealthAgent.Core.Caching;

/// <summary>
/// The services' cache: Microsoft's <see cref="HybridCache"/> (process memory over Redis, with stampede protection) plus
/// what it lacks for several replicas: a removal is announced on a Redis channel so that every replica drops its
/// in-memory copy (<see cref="CacheRemovalListener"/>). A missing value (null) is never cached. Redis failures never
/// reach the caller (<see cref="BoundedDistributedCache"/>): everything cached can be rebuilt from PostgreSQL.
/// </summary>
public sealed class AppCache(HybridCache cache, IConnectionMultiplexer redis)
{
    /// <summary>The channel on which removals are announced to the other replicas.</summary>
    public static readonly RedisChannel RemovalChannel = RedisChannel.Literal("healthagent:cache:removed");

    private static readonly Counter<long> Hits = CoreTelemetry.Meter.CreateCounter<long>("healthagent.cache.hits", description: "Cache lookups answered from a cache layer");
    private static readonly Counter<long> Misses = CoreTelemetry.Meter.CreateCounter<long>("healthagent.cache.misses", description: "Cache lookups that went to the source");

    /// <summary>Returns the cached value for <paramref name="key"/>, or computes, stores and returns it.</summary>
    /// <param name="key">A key that includes the owner, such as <c>user:{id}:profile</c>.</param>
    /// <param name="factory">Reads the value from its source; a null result is not cached.</param>
    /// <param name="settings">How long each layer keeps the value.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    public async Task<T?> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T?>> factory, CacheEntrySettings settings,
        CancellationToken cancellationToken = default) where T : class
    {
        var options = new HybridCacheEntryOptions
        {
            LocalCacheExpiration = settings.Memory,
            Expiration = settings.MemoryOnly ? settings.Memory : settings.Shared,
            Flags = settings.MemoryOnly ? HybridCacheEntryFlags.DisableDistributedCache : null,
        };
        var computed = false;
        try
        {
            var value = await cache.GetOrCreateAsync(key, factory, async (source, ct) =>
            {
                computed = true;
                // HybridCache caches whatever the factory returns; an exception is the one way to keep a miss uncached.
                return await source(ct) ?? throw new MissingValueException();
            }, options, cancellationToken: cancellationToken);
            (computed ? Misses : Hits).Add(1);
            return value;
        }
        catch (MissingValueException)
        {
            Misses.Add(1);
            return null;
        }
    }

    /// <summary>Drops <paramref name="key"/> from this process, from Redis, and (through the removal channel) from the other replicas.</summary>
    public async Task RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        await cache.RemoveAsync(key, cancellationToken);
        try
        {
            await redis.GetSubscriber().PublishAsync(RemovalChannel, key).WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // Without Redis the other replicas' copies expire with their short in-memory lifetime.
        }
    }

    /// <summary>Drops a key that another replica removed.</summary>
    internal ValueTask EvictAsync(string key) => cache.RemoveAsync(key);

    private sealed class MissingValueException : Exception;
}
