using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.ServiceDefaults;
using HealthAgent.ServiceDefaults.Clients;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAgent.Tests.Functional.Health;

/// <summary>The health endpoints of a service whose PostgreSQL and Redis accept connections and never answer.</summary>
public sealed class HangingDependencyTests : IAsyncLifetime
{
    private readonly SilentServer _postgres = new();
    private readonly SilentServer _redis = new();
    private WebApplication? _app;
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["ConnectionStrings:healthdb"] = $"Host=127.0.0.1;Port={_postgres.Port};Username=u;Password=p;Database=healthdb;Timeout=30";
        builder.Configuration["ConnectionStrings:redis"] = $"127.0.0.1:{_redis.Port},connectTimeout=30000";
        builder.Configuration["Health:Timeout"] = "00:00:03";
        builder.AddServiceDefaults();
        builder.AddHealthAgentNpgsql(ResourceNames.HealthDb, critical: true);
        builder.AddHealthAgentRedis(ResourceNames.Redis, critical: false);
        _app = builder.Build();
        _app.MapDefaultEndpoints();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(20) };
    }

    [Fact]
    public async Task Deps_WhileDependenciesHang_AnswersWithinTheirTimeoutsAndReportsBoth()
    {
        var watch = Stopwatch.StartNew();
        var response = await _client!.GetAsync("/health/deps");
        watch.Stop();

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the full report always answers 200");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5.5), "each check gives up after 3 s and they run in parallel (in series they would take 6 s)");
        var dependencies = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dependencies");
        foreach (var name in new[] { "postgres", "redis" })
        {
            var entry = dependencies.GetProperty(name);
            entry.GetProperty("status").GetString().Should().Be("unavailable");
            entry.GetProperty("message").GetString().Should().Contain("3000 ms", $"{name} hangs rather than refusing");
            entry.GetProperty("latencyMs").GetDouble().Should().BeInRange(2900, 5000);
        }
    }

    [Fact]
    public async Task Ready_WhilePostgresHangs_Is503()
    {
        var response = await _client!.GetAsync("/health/ready");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().Should().Be("unavailable");
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/alive")]
    public async Task Live_WhileDependenciesHang_Is200WithoutWaitingForThem(string path)
    {
        // Checks would hold the answer for 3 s; a 2 s client timeout fails the test if liveness ran any.
        using var impatient = new HttpClient { BaseAddress = _client!.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };

        var response = await impatient.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        await _postgres.DisposeAsync();
        await _redis.DisposeAsync();
    }
}
