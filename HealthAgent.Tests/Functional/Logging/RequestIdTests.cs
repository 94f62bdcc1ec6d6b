using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HealthAgent.Tests.Functional.Logging;

public sealed class RequestIdTests
{
    private static Task<ServiceDefaultsHost> StartAsync(JsonLogCapture capture) => ServiceDefaultsHost.StartAsync(
        configure: builder => builder.Logging.AddProvider(capture),
        map: app => app.MapGet("/work", (ILogger<RequestIdTests> logger) =>
        {
            logger.LogInformation("Doing the work");
            return Results.Ok();
        }));

    [Fact]
    public async Task Request_WithXRequestId_EchoesItAndLogsItAtTopLevel()
    {
        var capture = new JsonLogCapture();
        await using var host = await StartAsync(capture);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/work") { Headers = { { "X-Request-Id", "abc-123" } } };

        using var response = await host.Client.SendAsOutsideCallerAsync(request);

        response.Headers.GetValues("X-Request-Id").Should().Equal("abc-123");
        var line = capture.Parsed().Single(l => l.GetProperty("message").GetString() == "Doing the work");
        line.GetProperty("requestId").GetString().Should().Be("abc-123");
        line.GetProperty("traceId").GetString().Should().MatchRegex("^[0-9a-f]{32}$");
        line.GetProperty("spanId").GetString().Should().MatchRegex("^[0-9a-f]{16}$");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("bad id with spaces and <angle> brackets")]
    public async Task Request_WithoutAUsableRequestId_GetsAGeneratedOne(string? sent)
    {
        var capture = new JsonLogCapture();
        await using var host = await StartAsync(capture);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/work");
        if (sent is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Request-Id", sent);
        }

        using var response = await host.Client.SendAsOutsideCallerAsync(request);

        var id = response.Headers.GetValues("X-Request-Id").Single();
        id.Should().MatchRegex("^[0-9a-f]{32}$");
        capture.Parsed().Single(l => l.GetProperty("message").GetString() == "Doing the work")
            .GetProperty("requestId").GetString().Should().Be(id);
    }

    [Fact]
    public async Task ProblemDetails_CarryTheTraceIdAndTheRequestId()
    {
        await using var host = await ServiceDefaultsHost.StartAsync(map: app => app.MapGet("/fail", () => Results.Problem("nope", statusCode: 409)));
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/fail")
        {
            Headers = { { "traceparent", $"00-{traceId}-00f067aa0ba902b7-01" }, { "X-Request-Id", "req-9" } },
        };

        using var response = await host.Client.SendAsOutsideCallerAsync(request);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("traceId").GetString().Should().Be(traceId);
        body.GetProperty("requestId").GetString().Should().Be("req-9");
    }
}
