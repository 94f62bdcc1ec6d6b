using HealthAgent.Core.Caching;
using HealthAgent.Core.Data;
using HealthAgent.ServiceDefaults.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace HealthAgent.Tests.Infrastructure;

/// <summary>Builds Core's services by hand over a migrated scratch database and a real Redis, for integration tests.</summary>
public sealed class CoreServices : IAsyncDisposable
{
    private readonly RedisConnection _redis;

    private CoreServices(NpgsqlDataSource dataSource, RedisFixture redis)
    {
        DataSource = dataSource;
        var options = StackExchange.Redis.ConfigurationOptions.Parse(redis.ConnectionString);
        options.AbortOnConnectFail = false;
        _redis = new RedisConnection(options);
        Cache = new HybridCache(new MemoryCache(new MemoryCacheOptions()),
            new RedisCacheStore(_redis.GetDatabaseAsync, TimeSpan.FromSeconds(2)), NullLogger<HybridCache>.Instance);
    }

    public NpgsqlDataSource DataSource { get; }

    public HybridCache Cache { get; }

    /// <summary>A fresh database with every migration applied.</summary>
    public static async Task<CoreServices> CreateAsync(PostgresDatabaseFixture postgres, RedisFixture redis)
    {
        var dataSource = NpgsqlDataSource.Create(await ScratchDatabases.CreateAsync(postgres.ConnectionString, "core"));
        await new MigrationRunner(dataSource, EmbeddedMigrations.Load(), NullLogger<MigrationRunner>.Instance).ApplyAsync();
        return new CoreServices(dataSource, redis);
    }

    /// <summary>A new context, optionally with interceptors (such as a <see cref="CommandCounter"/>).</summary>
    public HealthDbContext Db(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<HealthDbContext>().UseNpgsql(DataSource).AddInterceptors(interceptors).Options);

    public async ValueTask DisposeAsync()
    {
        await _redis.DisposeAsync();
        await DataSource.DisposeAsync();
    }
}
