using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HealthAgent.Core.Caching;

/// <summary>Evicts keys from this process's memory layer when another replica removes them; retries while Redis is away.</summary>
internal sealed class CacheRemovalListener(ICacheStore store, HybridCache cache, ILogger<CacheRemovalListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // StackExchange.Redis restores subscriptions after a reconnect, so one successful subscribe is enough.
                await store.SubscribeToRemovalsAsync(cache.Evict, stoppingToken);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Cannot subscribe to cache removals yet ({Error}); retrying in {Delay}", ex.Message, delay);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30));
            }
        }
    }
}
