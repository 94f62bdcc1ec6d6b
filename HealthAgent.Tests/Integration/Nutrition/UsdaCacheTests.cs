using HealthAgent.Core.Nutrition;
using HealthAgent.Tests.Functional.Nutrition;
using HealthAgent.Tests.Infrastructure;
using StackExchange.Redis;

namespace HealthAgent.Tests.Integration.Nutrition;

public sealed class UsdaCacheTests : IAsyncLifetime
{
    private readonly RedisFixture _redis = new();
    private IConnectionMultiplexer _connection = null!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        _connection = await _redis.ConnectAsync(connectTimeoutMs: 500);
    }

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Lookup_SecondTimeOnAnotherReplica_IsServedFromRedisWithoutCallingUsda()
    {
        var script = new ScriptedResponses().ThenBanana();
        await using var stub = await UsdaStub.StartAsync(script);

        // Two providers are two replicas: separate memory layers, one Redis.
        await using var first = NutritionHost.Create(stub.BaseAddress, redis: _connection);
        await using var second = NutritionHost.Create(stub.BaseAddress, redis: _connection);

        var fromUsda = await first.Nutrition().LookupAsync("banana");
        var fromCache = await second.Nutrition().LookupAsync("Bananas");

        script.CallCount.Should().Be(1, "the second replica finds the search result in Redis");
        fromCache.Should().BeEquivalentTo(fromUsda, o => o.Excluding(r => r.Query));
        fromCache.Source.Should().Be(NutritionSources.Usda);
        var db = _connection.GetDatabase();
        var ttl = await db.KeyTimeToLiveAsync("usda:search:banana");
        ttl.Should().NotBeNull().And.BeCloseTo(TimeSpan.FromHours(24), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Lookup_WhenRedisIsStopped_StillAnswersFromUsda()
    {
        var script = new ScriptedResponses().ThenBanana();
        await using var stub = await UsdaStub.StartAsync(script);
        await using var services = NutritionHost.Create(stub.BaseAddress, redis: _connection);
        await services.Nutrition().LookupAsync("apple");
        await _redis.Server.StopAsync();

        var result = await services.Nutrition().LookupAsync("banana");

        result.Source.Should().Be(NutritionSources.Usda);
        result.Per100g!.Kcal.Should().Be(89);
        result.Degraded.Should().BeFalse("Redis is only a cache; USDA itself answered");
        script.CallCount.Should().Be(2);
    }
}
