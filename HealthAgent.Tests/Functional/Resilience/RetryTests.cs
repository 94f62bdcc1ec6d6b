using System.Diagnostics;
using System.Net.Http.Json;
using System.Net;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Polly.Timeout;

namespace HealthAgent.Tests.Functional.Resilience;

public sealed class RetryTests
{
    private const string StubClientSection = $"Resilience:Clients:{ResilientClientHost.ClientName}";

    [Fact]
    public async Task Send_When503ThenOk_RetriesAndSucceeds()
    {
        var script = new ScriptedResponses().Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.OK);
        await using var stub = await KestrelStub.StartAsync(app => app.Map("/{**path}", script.HandleAsync));
        await using var services = ResilientClientHost.Create(stub.BaseAddress);

        using var response = await services.CreateClient().GetAsync("/ping");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        script.CallCount.Should().Be(2, "the 503 is transient and must be retried once");
    }

    [Fact]
    public async Task Send_PostWithBodyWhen503ThenOk_SendsTheSameBodyAgain()
    {
        var bodies = new List<string>();
        var script = new ScriptedResponses().Then(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            lock (bodies)
            {
                bodies.Add(body);
                context.Response.StatusCode = bodies.Count == 1 ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            }
        });
        await using var stub = await KestrelStub.StartAsync(app => app.Map("/{**path}", script.HandleAsync));
        await using var services = ResilientClientHost.Create(stub.BaseAddress);

        using var response = await services.CreateClient().PostAsJsonAsync("/meals", new { Name = "oats", Grams = 80 });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        bodies.Should().HaveCount(2).And.AllBe("""{"name":"oats","grams":80}""");
    }

    [Fact]
    public async Task Send_When429WithRetryAfter_WaitsAtLeastRetryAfterBeforeRetrying()
    {
        var script = new ScriptedResponses()
            .Then(HttpStatusCode.TooManyRequests, response => response.Headers.RetryAfter = "1")
            .Then(HttpStatusCode.OK);
        await using var stub = await KestrelStub.StartAsync(app => app.Map("/{**path}", script.HandleAsync));
        await using var services = ResilientClientHost.Create(stub.BaseAddress);

        using var response = await services.CreateClient().GetAsync("/ping");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        script.CallCount.Should().Be(2);
        var gap = script.CallTimes[1] - script.CallTimes[0];

        // A little slack for timer granularity; the 1 ms base delay alone would retry almost at once.
        gap.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(980), "Retry-After: 1 asks the client to wait one second");
    }

    [Fact]
    public async Task Send_When429RetryAfterExceedsMaxRetryDelay_WaitsOnlyMaxRetryDelay()
    {
        var script = new ScriptedResponses()
            .Then(HttpStatusCode.TooManyRequests, response => response.Headers.RetryAfter = "120")
            .Then(HttpStatusCode.OK);
        await using var stub = await KestrelStub.StartAsync(app => app.Map("/{**path}", script.HandleAsync));
        await using var services = ResilientClientHost.Create(
            stub.BaseAddress,
            new Dictionary<string, string?> { ["Resilience:Default:MaxRetryDelay"] = "00:00:00.100" });

        using var response = await services.CreateClient().GetAsync("/ping");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (script.CallTimes[1] - script.CallTimes[0]).Should().BeLessThan(TimeSpan.FromSeconds(3), "MaxRetryDelay caps Retry-After");
    }

    [Fact]
    public async Task Send_When400_DoesNotRetry()
    {
        var script = new ScriptedResponses().Then(HttpStatusCode.BadRequest).Then(HttpStatusCode.OK);
        await using var stub = await KestrelStub.StartAsync(app => app.Map("/{**path}", script.HandleAsync));
        await using var services = ResilientClientHost.Create(stub.BaseAddress);

        using var response = await services.CreateClient().GetAsync("/ping");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        script.CallCount.Should().Be(1, "a 400 is the caller's fault and retrying cannot fix it");
    }

    [Fact]
    public async Task Send_WhenAttemptOutlastsAttemptTimeout_TimesOutAndRetries()
    {
        var script = new ScriptedResponses().ThenDelay(TimeSpan.FromSeconds(10)).Then(HttpStatusCode.OK);
        await using var stub = await StartWithWarmUpRouteAsync(script);
        await using var services = ResilientClientHost.Create(
            stub.BaseAddress,
            new Dictionary<string, string?> { [$"{StubClientSection}:AttemptTimeout"] = "00:00:00.200" });
        await services.WarmUpAsync(stub.BaseAddress);
        var clock = Stopwatch.StartNew();

        using var response = await services.CreateClient().GetAsync("/ping");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        script.CallCount.Should().Be(2, "the hung first attempt is cut off and retried");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3), "the first attempt must not wait for the stub's 10 s delay");
    }

    [Fact]
    public async Task Send_WhenEveryAttemptHangs_TotalTimeoutBoundsTheCall()
    {
        var script = new ScriptedResponses().ThenDelay(TimeSpan.FromSeconds(10));
        await using var stub = await StartWithWarmUpRouteAsync(script);
        await using var services = ResilientClientHost.Create(
            stub.BaseAddress,
            new Dictionary<string, string?>
            {
                [$"{StubClientSection}:AttemptTimeout"] = "00:00:00.300",
                [$"{StubClientSection}:TotalTimeout"] = "00:00:00.500",
                [$"{StubClientSection}:MaxRetryAttempts"] = "20",
            });
        await services.WarmUpAsync(stub.BaseAddress);
        var clock = Stopwatch.StartNew();

        var send = () => services.CreateClient().GetAsync("/ping");

        // 21 attempts of 300 ms would take over 6 s; the total timeout must end the call long before.
        (await send.Should().ThrowAsync<TimeoutRejectedException>())
            .Which.Timeout.Should().Be(TimeSpan.FromMilliseconds(500), "the total timeout, not an attempt timeout, ends the call");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3));
        script.CallCount.Should().BeLessThanOrEqualTo(2, "only the attempts that start within 500 ms are made");
    }

    private static Task<KestrelStub> StartWithWarmUpRouteAsync(ScriptedResponses script) =>
        KestrelStub.StartAsync(app =>
        {
            app.MapGet("/warm-up", () => "warm");
            app.Map("/{**path}", script.HandleAsync);
        });
}
