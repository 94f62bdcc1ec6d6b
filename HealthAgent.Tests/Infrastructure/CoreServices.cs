using HealthAgent.Core.Caching;
using HealthAgent.ServiceDefaults.Clients;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>A migrated scratch database plus the two-level cache over a real Redis, for building Core's services by hand.</summary>
public sealed class CoreServices : IAsyncDisposable
{
    private readonly RedisConnection _redis;

    private CoreServices(MigratedDatabase database, RedisFixture redis)
    {
        Database = database;
        var options = StackExchange.Redis.ConfigurationOptions.Parse(redis.ConnectionString);
        options.AbortOnConnectFail = false;
        _redis = new RedisConnection(options);
        Cache = new HybridCache(new MemoryCache(new MemoryCacheOptions()),
            new RedisCacheStore(_redis.GetDatabaseAsync, TimeSpan.FromSeconds(2)), NullLogger<HybridCache>.Instance);
    }

    public MigratedDatabase Database { get; }

    public HybridCache Cache { get; }

    public static async Task<CoreServices> CreateAsync(PostgresDatabaseFixture postgres, RedisFixture redis) =>
        new(await MigratedDatabase.CreateAsync(postgres, "core"), redis);

    public async ValueTask DisposeAsync()
    {
        await _redis.DisposeAsync();
        await Database.DisposeAsync();
    }
}
