using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HealthAgent.Core.Caching;

/// <summary>Registers the two-level cache over a Redis database.</summary>
public static class CachingExtensions
{
    /// <summary>Adds <see cref="HybridCache"/> with a Redis store reached through <paramref name="database"/>, and the listener for other replicas' removals.</summary>
    public static IServiceCollection AddHybridCache(this IServiceCollection services,
        Func<IServiceProvider, CancellationToken, Task<IDatabase>> database)
    {
        services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddMemoryCache();
        services.AddSingleton<ICacheStore>(sp => new RedisCacheStore(ct => database(sp, ct), sp.GetRequiredService<IOptions<CacheOptions>>().Value.StoreTimeout));
        services.AddSingleton<HybridCache>();
        services.AddHostedService<CacheRemovalListener>();
        return services;
    }
}
