using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;
using HealthAgent.Tests.Infrastructure.Servers;
using Microsoft.AspNetCore.Hosting;

namespace HealthAgent.Tests.Functional.BadInput;

/// <summary>
/// Finding 8: with PostgreSQL gone, a request (authenticated with a user key, so it fails inside authentication) is a
/// 503 Problem Details with Retry-After, in Development too, with no stack trace and no header echoed back; a
/// PostgreSQL that refuses new connections (smart shutdown) makes readiness fail although pooled connections still work.
/// </summary>
public sealed class OutageTests : IAsyncLifetime
{
    private readonly string _folder = TempFolder.Create("outage");
    private PostgresServerProcess _postgres = null!;
    private RedisServerProcess _redis = null!;

    public async Task InitializeAsync()
    {
        _postgres = new PostgresServerProcess(new PostgresServerSettings(Path.Combine(_folder, "pg"), FreePort.Next(), $"pw{Guid.NewGuid():N}", Durable: false));
        await _postgres.StartAsync();
        await _postgres.CreateDatabaseAsync("healthdb");
        _redis = new RedisServerProcess(new RedisServerSettings(Path.Combine(_folder, "redis"), FreePort.Next(), $"pw{Guid.NewGuid():N}"));
        await _redis.StartAsync();
    }

    [Fact]
    public async Task PostgresDown_UserKeyRequest_Is503ProblemWithRetryAfter_WithoutStackOrHeaders_EvenInDevelopment()
    {
        await using var factory = new ApiFactory(_postgres.ConnectionString("healthdb"), _redis.ConnectionString, new Dictionary<string, string?> { ["Auth:ServiceKey"] = ApiTestHost.ServiceKey });
        await using var api = factory.WithWebHostBuilder(b => b.UseEnvironment("Development"));
        using var service = api.CreateClient();
        service.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiTestHost.ServiceKey);
        var user = (await (await service.PostAsJsonAsync("/api/v1/users", new { telegramId = 4242, displayName = "Ada" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var key = (await (await service.PostAsJsonAsync($"/api/v1/users/{user}/keys", new { name = "k" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        await _postgres.StopAsync();
        var read = await client.GetAsync($"/api/v1/users/{user}/goals");
        var write = await service.PostAsJsonAsync($"/api/v1/users/{user}/tracking/water", new { amountMl = 250 });

        foreach (var response in new[] { read, write })
        {
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, body);
            response.Headers.RetryAfter!.Delta.Should().BePositive();
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            body.Should().NotContain(key).And.NotContain(ApiTestHost.ServiceKey).And.NotContain("Bearer").And.NotContain(" at ").And.NotContain("Npgsql");
        }
    }

    [Fact]
    public async Task PostgresRefusingNewConnections_MakesReadinessFail_ThoughPooledConnectionsStillWork()
    {
        await using var api = new ApiFactory(_postgres.ConnectionString("healthdb"), _redis.ConnectionString, new Dictionary<string, string?> { ["Health:Timeout"] = "00:00:02" });
        using var client = api.CreateClient();
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        await using var held = new Npgsql.NpgsqlConnection(_postgres.ConnectionString("healthdb"));
        await held.OpenAsync();

        // SIGTERM is PostgreSQL's smart shutdown: no new connections, existing sessions keep working until they end.
        Signals.Terminate(_postgres.ProcessId!.Value).Should().BeTrue();
        await Task.Delay(300);
        var ready = await client.GetAsync("/health/ready");
        await using var command = new Npgsql.NpgsqlCommand("SELECT 1", held);
        var stillAnswering = await command.ExecuteScalarAsync();

        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        stillAnswering.Should().Be(1, "the held session is still served: only new connections are refused");
    }

    public async Task DisposeAsync()
    {
        await _redis.DisposeAsync();
        await _postgres.DisposeAsync();
        TempFolder.Delete(_folder);
    }
}
