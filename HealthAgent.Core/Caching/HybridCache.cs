using System.Diagnostics.Metrics;
using System.Text.Json;
using HealthAgent.Core.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace HealthAgent.Core.Caching;

/// <summary>
/// A two-level cache: an in-process L1 (short-lived) over a shared L2 (Redis). A failing L2 is treated as a miss and
/// logged, never as an error, because everything cached can be rebuilt from PostgreSQL.
/// </summary>
public sealed class HybridCache(IMemoryCache memory, ICacheStore store, ILogger<HybridCache> logger)
{
    private static readonly Counter<long> Hits = CoreTelemetry.Meter.CreateCounter<long>("healthagent.cache.hits", description: "Cache lookups answered from a cache layer");
    private static readonly Counter<long> Misses = CoreTelemetry.Meter.CreateCounter<long>("healthagent.cache.misses", description: "Cache lookups that went to the source");
    private static readonly Counter<long> StoreErrors = CoreTelemetry.Meter.CreateCounter<long>("healthagent.cache.store_errors", description: "Shared cache calls that failed");

    /// <summary>Returns the cached value for <paramref name="key"/>, or computes, stores and returns it.</summary>
    /// <param name="key">A key that includes the owner, such as <c>user:{id}:profile</c>.</param>
    /// <param name="factory">Reads the value from its source; a null result is not cached.</param>
    /// <param name="options">How long each layer keeps the value.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    public async Task<T?> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T?>> factory, CacheEntrySettings options,
        CancellationToken cancellationToken = default) where T : class
    {
        if (memory.TryGetValue(key, out T? local) && local is not null)
        {
            Hits.Add(1, new KeyValuePair<string, object?>("layer", "memory"));
            return local;
        }

        var shared = await TryStoreAsync(() => store.GetAsync(key, cancellationToken), "read", key, cancellationToken);
        if (shared is not null)
        {
            var value = JsonSerializer.Deserialize<T>(shared);
            if (value is not null)
            {
                Hits.Add(1, new KeyValuePair<string, object?>("layer", "redis"));
                memory.Set(key, value, options.Memory);
                return value;
            }
        }

        Misses.Add(1);
        var created = await factory(cancellationToken);
        if (created is not null)
        {
            memory.Set(key, created, options.Memory);
            await TryStoreAsync(async () =>
            {
                await store.SetAsync(key, JsonSerializer.Serialize(created), options.Shared, cancellationToken);
                return "";
            }, "write", key, cancellationToken);
        }
        return created;
    }

    /// <summary>Drops <paramref name="key"/> from both layers (and, through the store, from other processes' memory).</summary>
    public async Task RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        memory.Remove(key);
        await TryStoreAsync(async () =>
        {
            await store.RemoveAsync(key, cancellationToken);
            return "";
        }, "remove", key, cancellationToken);
    }

    /// <summary>Drops a key from this process's memory layer only (used when another process announces a removal).</summary>
    public void Evict(string key) => memory.Remove(key);

    private async Task<string?> TryStoreAsync(Func<Task<string?>> call, string operation, string key, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            StoreErrors.Add(1, new KeyValuePair<string, object?>("operation", operation));
            logger.LogWarning("Shared cache {Operation} of {Key} failed, using the source instead: {Error}", operation, key, ex.Message);
            return null;
        }
    }
}
