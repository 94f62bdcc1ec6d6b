using Polly.CircuitBreaker;

using HealthAgent.Tests.Infrastructure.Servers;
using System.Net;
using System.Net.Http.Headers;
using HealthAgent.ServiceDefaults.Metrics;
using HealthAgent.ServiceDefaults.Resilience;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HealthAgent.Tests.Functional.Metrics;

[Collection(MetricsCollection.Name)]
public sealed class MetricsEndpointTests
{
    private static async Task<string> ScrapeAsync(HttpClient client, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        using var response = await client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be(MetricsEndpoint.ContentType);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Metrics_AfterRequests_CountByRouteMethodAndStatusAndPassPromtool()
    {
        await using var host = await ServiceDefaultsHost.StartAsync(map: app =>
        {
            app.MapGet("/widgets/{id}", (int id) => id == 0 ? Results.StatusCode(500) : Results.Ok(id));
        });
        for (var i = 1; i <= 3; i++)
        {
            (await host.Client.GetAsync($"/widgets/{i}")).EnsureSuccessStatusCode();
        }
        (await host.Client.GetAsync("/widgets/0")).StatusCode.Should().Be(HttpStatusCode.InternalServerError);

        var text = await ScrapeAsync(host.Client);

        text.Should().Contain("# TYPE http_server_request_duration_seconds histogram")
            .And.MatchRegex("http_server_request_duration_seconds_count\\{[^}]*http_request_method=\"GET\",http_response_status_code=\"200\",http_route=\"/widgets/\\{id\\}\"[^}]*\\} 3\n")
            .And.MatchRegex("http_server_request_duration_seconds_count\\{[^}]*http_response_status_code=\"500\",http_route=\"/widgets/\\{id\\}\"[^}]*\\} 1\n")
            .And.MatchRegex("http_server_request_duration_seconds_bucket\\{[^}]*http_route=\"/widgets/\\{id\\}\"[^}]*le=\"\\+Inf\"\\} 3\n");
        await Promtool.CheckMetricsAsync(text);
    }

    [Fact]
    public async Task Metrics_Twice_CountersMoveBetweenScrapes()
    {
        await using var host = await ServiceDefaultsHost.StartAsync(map: app => app.MapGet("/ping", () => "pong"));
        await host.Client.GetStringAsync("/ping");
        var first = await ScrapeAsync(host.Client);
        await host.Client.GetStringAsync("/ping");
        await host.Client.GetStringAsync("/ping");

        var second = await ScrapeAsync(host.Client);

        const string pattern = "http_server_request_duration_seconds_count\\{[^}]*http_route=\"/ping\"[^}]*\\} (\\d+)";
        var before = long.Parse(System.Text.RegularExpressions.Regex.Match(first, pattern).Groups[1].Value);
        var after = long.Parse(System.Text.RegularExpressions.Regex.Match(second, pattern).Groups[1].Value);
        after.Should().Be(before + 2);
    }

    [Fact]
    public async Task Metrics_WithKey_RejectsScrapesWithoutTheBearerKey()
    {
        const string key = "metrics-scrape-key-0123456789";
        await using var host = await ServiceDefaultsHost.StartAsync(new Dictionary<string, string?> { ["Metrics:Key"] = key });

        (await host.Client.GetAsync("/metrics")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new("Bearer", "not-the-key-at-all-000") } };
        (await host.Client.SendAsync(wrong)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await ScrapeAsync(host.Client, key)).Should().Contain("# TYPE");
    }

    [Fact]
    public async Task Metrics_WithPort_IsServedOnlyOnTheMetricsPort()
    {
        var port = FreePort.Next();
        await using var host = await ServiceDefaultsHost.StartAsync(new Dictionary<string, string?> { ["Metrics:Port"] = port.ToString() });
        using var metricsClient = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        (await host.Client.GetAsync("/metrics")).StatusCode.Should().Be(HttpStatusCode.NotFound, "the service port must not expose metrics");
        (await host.Client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK, "the service port still serves the service");
        (await ScrapeAsync(metricsClient)).Should().Contain("# TYPE");
    }

    [Fact]
    public async Task Metrics_DependencyAndBreakerGauges_ReportDownAndOpen()
    {
        await using var host = await ServiceDefaultsHost.StartAsync(configure: builder =>
        {
            builder.Services.AddHealthChecks()
                .AddCheck("always-up", () => HealthCheckResult.Healthy())
                .AddCheck("always-down", () => HealthCheckResult.Unhealthy("gone"));
            builder.Services.AddHttpClient("flaky", c => c.BaseAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}"))
                .ConfigureResilience(o => { o.MaxRetryAttempts = 0; o.BreakerFailureThreshold = 2; o.BreakDuration = TimeSpan.FromMinutes(5); });
            builder.Services.AddHttpClient("steady");
        });
        var factory = host.App.Services.GetRequiredService<IHttpClientFactory>();
        using (var steady = factory.CreateClient("steady"))
        {
            // A client's breaker exists once its pipeline is built, on its first request.
            (await steady.GetAsync(new Uri(host.Client.BaseAddress!, "/health/live"))).EnsureSuccessStatusCode();
        }
        using var flaky = factory.CreateClient("flaky");
        for (var call = 0; call < 2; call++)
        {
            await FluentActions.Awaiting(() => flaky.GetAsync("/")).Should().ThrowAsync<HttpRequestException>("nothing listens there");
        }
        host.App.Services.GetRequiredService<ICircuitBreakerStates>().Snapshot()["flaky"].Should().Be(CircuitState.Open);

        var text = "";
        for (var attempt = 0; attempt < 50 && !text.Contains("dependency=\"always-down\""); attempt++)
        {
            await Task.Delay(200);
            text = await ScrapeAsync(host.Client);
        }

        text.Should().Contain("healthagent_dependency_up{dependency=\"always-down\"} 0\n")
            .And.Contain("healthagent_dependency_up{dependency=\"always-up\"} 1\n")
            .And.Contain("healthagent_circuit_breaker_state{client=\"flaky\"} 1\n")
            .And.Contain("healthagent_circuit_breaker_state{client=\"steady\"} 0\n");
        await Promtool.CheckMetricsAsync(text);
    }
}
