using System.Collections.Concurrent;
using System.Text;
using HealthAgent.ServiceDefaults;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace HealthAgent.Tests.Functional.Telemetry;

public sealed class OtlpExportTests
{
    [Fact]
    public async Task Request_WithOtlpEndpointConfigured_ExportsItsSpanWithTheServiceName()
    {
        var received = new ConcurrentQueue<(string Path, string? ContentType, byte[] Body)>();
        await using var collector = await KestrelStub.StartAsync(app => app.MapPost("/v1/{signal}", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            received.Enqueue((request.Path, request.ContentType, body.ToArray()));
            return Results.Ok();
        }));

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["OTEL_SERVICE_NAME"] = "otlp-test";
        builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.BaseAddress.ToString();
        builder.Configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        builder.AddServiceDefaults();
        await using (var app = builder.Build())
        {
            app.MapDefaultEndpoints();
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
            (await client.GetAsync("/health/live")).EnsureSuccessStatusCode();
            await app.StopAsync();
        }

        var traces = received.Where(r => r.Path == "/v1/traces").ToList();
        traces.Should().NotBeEmpty("stopping the host flushes the batch of spans to the collector");
        traces[0].ContentType.Should().Be("application/x-protobuf");
        var payload = Encoding.UTF8.GetString(traces.SelectMany(t => t.Body).ToArray());
        payload.Should().Contain("otlp-test", "the resource carries OTEL_SERVICE_NAME")
            .And.Contain("Microsoft.AspNetCore", "the span comes from ASP.NET Core's activity source")
            .And.Contain("/health/live");
    }
}
