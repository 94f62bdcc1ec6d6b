using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.ServiceDefaults;
using HealthAgent.ServiceDefaults.Health;
using HealthAgent.ServiceDefaults.Resilience;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAgent.Tests.Functional.Health;

public sealed class CircuitBreakerHealthTests
{
    [Fact]
    public async Task Deps_ShowAnOpenBreakerAsDegraded_WhileReadinessStaysUp()
    {
        await using var failing = await KestrelStub.StartAsync(app => app.MapGet("/{**path}", () => Results.StatusCode(503)));
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        builder.Services.AddHttpClient("usda", c => c.BaseAddress = failing.BaseAddress)
            .ConfigureResilience(o => { o.MaxRetryAttempts = 0; o.BreakerFailureThreshold = 2; o.BreakDuration = TimeSpan.FromMinutes(5); })
            .AddCircuitBreakerHealthCheck();
        await using var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var usda = app.Services.GetRequiredService<IHttpClientFactory>().CreateClient("usda");
        var closed = await client.GetFromJsonAsync<JsonElement>("/health/deps");

        for (var i = 0; i < 2; i++)
        {
            (await usda.GetAsync("/foods")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        }
        var open = await client.GetFromJsonAsync<JsonElement>("/health/deps");
        var ready = await client.GetAsync("/health/ready");

        closed.GetProperty("dependencies").GetProperty("usda-circuit").GetProperty("status").GetString().Should().Be("ok");
        var entry = open.GetProperty("dependencies").GetProperty("usda-circuit");
        entry.GetProperty("status").GetString().Should().Be("degraded");
        entry.GetProperty("message").GetString().Should().Contain("open");
        open.GetProperty("status").GetString().Should().Be("degraded");
        ready.StatusCode.Should().Be(HttpStatusCode.OK, "an open breaker means a fallback answers, not that the service is down");
    }
}
