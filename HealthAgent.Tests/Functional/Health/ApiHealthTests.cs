
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure.Servers;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Health;

public sealed class ApiHealthTests(PostgresDatabaseFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresDatabaseFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Ready_WithPostgresAndRedisUp_Is200AndEveryDependencyOk()
    {
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);
        var client = api.CreateClient();

        var response = await client.GetAsync("/health/ready");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("status").GetString().Should().Be("ok");
        body.GetProperty("dependencies").GetProperty("postgres").GetProperty("status").GetString().Should().Be("ok");
        body.GetProperty("dependencies").GetProperty("redis").GetProperty("status").GetString().Should().Be("ok");
    }

    [Fact]
    public async Task Ready_AfterPostgresStops_Is503WithPostgresUnavailable_AndLiveStays200()
    {
        var folder = TempFolder.Create("health-pg");
        using var cleanup = new FolderCleanup(folder);
        await using var server = new PostgresServerProcess(new PostgresServerSettings(Path.Combine(folder, "data"), FreePort.Next(), "secret-" + Guid.NewGuid().ToString("N"), Durable: false));
        await server.StartAsync();
        await server.CreateDatabaseAsync("healthdb");
        await using var api = new ApiFactory(server.ConnectionString("healthdb"), redis.ConnectionString);
        var client = api.CreateClient();
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK, "both servers are up before the stop");

        await server.StopAsync();
        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var body = await ready.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("status").GetString().Should().Be("unavailable");
        body.GetProperty("dependencies").GetProperty("postgres").GetProperty("status").GetString().Should().Be("unavailable");
        body.GetProperty("dependencies").GetProperty("redis").GetProperty("status").GetString().Should().Be("ok");
        live.StatusCode.Should().Be(HttpStatusCode.OK, "liveness does not depend on PostgreSQL");
    }

    [Fact]
    public async Task Ready_AfterRedisStops_StaysReadyButDegraded()
    {
        await using var ownRedis = new RedisFixture();
        await ownRedis.InitializeAsync();
        await using var api = new ApiFactory(postgres.ConnectionString, ownRedis.ConnectionString);
        var client = api.CreateClient();

        await ownRedis.Server.StopAsync();
        var ready = await client.GetAsync("/health/ready");

        ready.StatusCode.Should().Be(HttpStatusCode.OK, "Redis holds only what can be rebuilt");
        var body = await ready.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("status").GetString().Should().Be("degraded");
        body.GetProperty("dependencies").GetProperty("redis").GetProperty("status").GetString().Should().Be("unavailable");
        body.GetProperty("dependencies").GetProperty("redis").GetProperty("critical").GetBoolean().Should().BeFalse();
    }

    [Theory]
    [InlineData("healthdb")]
    [InlineData("redis")]
    public async Task Start_WithoutConnectionString_FailsNamingTheVariable(string missing)
    {
        await using var api = new ApiFactory(
            missing == "healthdb" ? null : postgres.ConnectionString,
            missing == "redis" ? null : redis.ConnectionString);

        var act = () => api.CreateClient();

        act.Should().Throw<InvalidOperationException>().WithMessage($"*ConnectionStrings__{missing}*");
    }

    private sealed class FolderCleanup(string folder) : IDisposable
    {
        public void Dispose() => TempFolder.Delete(folder);
    }
}
