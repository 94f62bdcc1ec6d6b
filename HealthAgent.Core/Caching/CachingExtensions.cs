using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace HealthAgent.Core.Caching;

/// <summary>Registers the two-level cache over a Redis database.</summary>
public static class CachingExtensions
{
    /// <summary>Adds <see cref="HybridCache"/> with a Redis store reached through <paramref name="database"/>, and the listener for other replicas' removals.</summary>
    public static IServiceCollection AddHybridCache(this IServiceCollection services,
        Func<IServiceProvider, CancellationToken, Task<IDatabase>> database, TimeSpan? storeTimeout = null)
    {
        services.AddMemoryCache();
        services.AddSingleton<ICacheStore>(sp => new RedisCacheStore(ct => database(sp, ct), storeTimeout ?? TimeSpan.FromMilliseconds(500)));
        services.AddSingleton<HybridCache>();
        services.AddHostedService<CacheRemovalListener>();
        return services;
    }
}
