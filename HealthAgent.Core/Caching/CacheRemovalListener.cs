using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace HealthAgent.Core.Caching;

/// <summary>
/// Evicts keys from this process's memory layer when another replica removes them. It subscribes before the host takes
/// traffic, so no removal is missed once requests are served; while Redis is away it keeps retrying in the background.
/// </summary>
internal sealed class CacheRemovalListener(IConnectionMultiplexer redis, AppCache cache, ILogger<CacheRemovalListener> logger) : IHostedService
{
    // Never disposed: it has no timer, and a host may call StopAsync after disposing its services.
    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await TrySubscribeAsync(cancellationToken))
        {
            _retrying = RetryAsync(_stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _retrying.WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task RetryAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (await TrySubscribeAsync(stoppingToken))
            {
                return;
            }
            delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30));
        }
    }

    private async Task<bool> TrySubscribeAsync(CancellationToken cancellationToken)
    {
        try
        {
            // StackExchange.Redis restores subscriptions after a reconnect, so one successful subscribe is enough.
            var queue = await redis.GetSubscriber().SubscribeAsync(AppCache.RemovalChannel).WaitAsync(cancellationToken);
            queue.OnMessage(async message => await cache.EvictAsync(message.Message!));
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Cannot subscribe to cache removals yet ({Error}); retrying in the background", ex.Message);
            return false;
        }
    }
}
