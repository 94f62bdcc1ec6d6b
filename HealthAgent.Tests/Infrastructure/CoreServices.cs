using HealthAgent.Core.Caching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>A migrated scratch database plus the cache (HybridCache over a real Redis), for building Core's services by hand.</summary>
public sealed class CoreServices : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CoreServices(MigratedDatabase database, IConnectionMultiplexer redis)
    {
        Database = database;
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddSingleton(redis);
        services.AddAppCache();
        _services = services.BuildServiceProvider();
        Cache = _services.GetRequiredService<AppCache>();
    }

    public MigratedDatabase Database { get; }

    public AppCache Cache { get; }

    public static async Task<CoreServices> CreateAsync(PostgresDatabaseFixture postgres, RedisFixture redis) =>
        new(await MigratedDatabase.CreateAsync(postgres, "core"), await redis.ConnectAsync());

    public async ValueTask DisposeAsync()
    {
        await _services.GetRequiredService<IConnectionMultiplexer>().DisposeAsync();
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
