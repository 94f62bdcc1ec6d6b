using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HealthAgent.Core.Caching;

/// <summary>Registers the cache: Microsoft's HybridCache over the registered Redis multiplexer.</summary>
public static class CachingExtensions
{
    /// <summary>
    /// Adds <see cref="AppCache"/> over HybridCache, whose shared layer is Redis through the registered
    /// <see cref="IConnectionMultiplexer"/> (bounded by <c>Cache:StoreTimeout</c>), and the listener for other replicas' removals.
    /// </summary>
    public static IServiceCollection AddAppCache(this IServiceCollection services)
    {
        services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IDistributedCache>(sp => new BoundedDistributedCache(
            new RedisCache(Options.Create(new RedisCacheOptions
            {
                ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>()),
            })),
            sp.GetRequiredService<IOptions<CacheOptions>>().Value.StoreTimeout,
            sp.GetRequiredService<ILogger<BoundedDistributedCache>>()));
        services.AddHybridCache();
        services.AddSingleton<AppCache>();
        services.AddHostedService<CacheRemovalListener>();
        return services;
    }
}
