using System.Diagnostics.Metrics;
using HealthAgent.Core.Diagnostics;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace HealthAgent.Core.Caching;

/// <summary>
/// HybridCache's shared layer: Redis (<paramref name="inner"/>), each call bounded by <c>Cache:StoreTimeout</c>. A failed or
/// slow call is logged, counted and treated as a miss, so a Redis outage costs a request at most that timeout.
/// </summary>
internal sealed class BoundedDistributedCache(IDistributedCache inner, TimeSpan timeout, ILogger<BoundedDistributedCache> logger) : IDistributedCache
{
    private static readonly Counter<long> StoreErrors = CoreTelemetry.Meter.CreateCounter<long>("healthagent.cache.store_errors", description: "Shared cache calls that failed");

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        await BoundAsync("read", key, () => inner.GetAsync(key, token), token);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        BoundAsync("write", key, async () => { await inner.SetAsync(key, value, options, token); return (byte[]?)null; }, token);

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        BoundAsync("remove", key, async () => { await inner.RemoveAsync(key, token); return (byte[]?)null; }, token);

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        BoundAsync("refresh", key, async () => { await inner.RefreshAsync(key, token); return (byte[]?)null; }, token);

    // HybridCache calls only the asynchronous methods; the synchronous ones exist for the interface.
    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    private async Task<byte[]?> BoundAsync(string operation, string key, Func<Task<byte[]?>> call, CancellationToken token)
    {
        try
        {
            return await call().WaitAsync(timeout, token);
        }
        catch (Exception ex) when (!token.IsCancellationRequested)
        {
            StoreErrors.Add(1, new KeyValuePair<string, object?>("operation", operation));
            logger.LogWarning("Shared cache {Operation} of {Key} failed, using the source instead: {Error}", operation, key, ex.Message);
            return null;
        }
    }
}
