using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HealthAgent.Tests.Functional.Telemetry;

public sealed class TracePropagationTests
{
    [Fact]
    public async Task Call_AcrossTwoRealHosts_KeepsTheCallersTraceIdInBothHostsSpansAndLogs()
    {
        var downstreamLogs = new JsonLogCapture();
        var upstreamLogs = new JsonLogCapture();
        await using var downstream = await ServiceDefaultsHost.StartAsync(
            configure: b => b.Logging.AddProvider(downstreamLogs),
            map: app => app.MapGet("/inner", (ILogger<TracePropagationTests> logger) =>
            {
                logger.LogInformation("Downstream handled it");
                return new { traceId = Activity.Current?.TraceId.ToHexString(), parent = Activity.Current?.ParentSpanId.ToHexString() };
            }));
        await using var upstream = await ServiceDefaultsHost.StartAsync(
            settings: new Dictionary<string, string?> { ["services:downstream:http:0"] = downstream.Client.BaseAddress!.ToString() },
            configure: b =>
            {
                b.Logging.AddProvider(upstreamLogs);
                b.Services.AddHttpClient("downstream", c => c.BaseAddress = new Uri("http://downstream"));
            },
            map: app => app.MapGet("/outer", async (IHttpClientFactory clients, ILogger<TracePropagationTests> logger) =>
            {
                logger.LogInformation("Upstream calling downstream");
                var inner = await clients.CreateClient("downstream").GetFromJsonAsync<JsonElement>("/inner");
                return new { traceId = Activity.Current?.TraceId.ToHexString(), inner };
            }));
        const string traceId = "0af7651916cd43dd8448eb211c80319c";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/outer")
        {
            Headers = { { "traceparent", $"00-{traceId}-b7ad6b7169203331-01" } },
        };

        using var response = await upstream.Client.SendAsOutsideCallerAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        body.GetProperty("traceId").GetString().Should().Be(traceId, "the inbound traceparent is accepted");
        body.GetProperty("inner").GetProperty("traceId").GetString().Should().Be(traceId, "HttpClient propagates traceparent to the next service");
        body.GetProperty("inner").GetProperty("parent").GetString().Should().NotBe("b7ad6b7169203331", "the downstream span's parent is the upstream client span");
        upstreamLogs.Parsed().Single(l => l.GetProperty("message").GetString() == "Upstream calling downstream")
            .GetProperty("traceId").GetString().Should().Be(traceId);
        downstreamLogs.Parsed().Single(l => l.GetProperty("message").GetString() == "Downstream handled it")
            .GetProperty("traceId").GetString().Should().Be(traceId);
    }

    [Fact]
    public async Task Request_WithoutTraceContext_StartsANewTrace()
    {
        await using var host = await ServiceDefaultsHost.StartAsync(
            map: app => app.MapGet("/trace", () => new { traceId = Activity.Current?.TraceId.ToHexString() }));

        var first = await host.Client.GetFromJsonAsync<JsonElement>("/trace");
        var second = await host.Client.GetFromJsonAsync<JsonElement>("/trace");

        first.GetProperty("traceId").GetString().Should().MatchRegex("^[0-9a-f]{32}$")
            .And.NotBe(second.GetProperty("traceId").GetString());
    }
}
