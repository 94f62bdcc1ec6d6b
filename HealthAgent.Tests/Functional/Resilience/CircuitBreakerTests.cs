using Polly.CircuitBreaker;
using System.Net;
using HealthAgent.ServiceDefaults.Resilience;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using BrokenCircuitException = Polly.CircuitBreaker.BrokenCircuitException;

namespace HealthAgent.Tests.Functional.Resilience;

public sealed class CircuitBreakerTests
{
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(30);

    // Retries off and the breaker on a fake clock: each call is exactly one attempt and the break ends when the test says.
    private static readonly Dictionary<string, string?> TwoFailuresOpen = new()
    {
        ["Resilience:Default:BreakerFailureThreshold"] = "2",
        ["Resilience:Default:BreakDuration"] = "00:00:30",
        ["Resilience:Default:MaxRetryAttempts"] = "0",
    };

    [Fact]
    public async Task Send_AfterConsecutiveFailuresReachThreshold_OpensAndFailsFastWithoutCallingServer()
    {
        var script = new ScriptedResponses().Then(HttpStatusCode.InternalServerError);
        await using var stub = await KestrelStub.StartAsync(app => app.Map("/{**path}", script.HandleAsync));
        await using var services = ResilientClientHost.Create(
            stub.BaseAddress,
            new Dictionary<string, string?>
            {
                ["Resilience:Default:BreakerFailureThreshold"] = "2",
                ["Resilience:Default:BreakDuration"] = "00:01:00",
                ["Resilience:Default:MaxRetryAttempts"] = "3",
            });
        var client = services.CreateClient();

        var first = () => client.GetAsync("/ping");
        await first.Should().ThrowAsync<BrokenCircuitException>("the second failed attempt opens the circuit and the retry must not spin on it");
        script.CallCount.Should().Be(2);

        var second = () => client.GetAsync("/ping");
        await second.Should().ThrowAsync<BrokenCircuitException>();
        script.CallCount.Should().Be(2, "an open circuit fails fast without reaching the server");
        services.BreakerState().Should().Be(CircuitState.Open);
    }

    [Fact]
    public async Task Send_WhenFailuresAreNotConsecutive_KeepsCircuitClosed()
    {
        var script = new ScriptedResponses()
            .Then(HttpStatusCode.InternalServerError)
            .Then(HttpStatusCode.OK)
            .Then(HttpStatusCode.InternalServerError)
            .Then(HttpStatusCode.OK);
        await using var stub = await KestrelStub.StartAsync(app => app.Map("/{**path}", script.HandleAsync));
        await using var services = ResilientClientHost.Create(stub.BaseAddress, TwoFailuresOpen);
        var client = services.CreateClient();

        for (var call = 0; call < 4; call++)
        {
            (await client.GetAsync("/ping")).Dispose();
        }

        script.CallCount.Should().Be(4);
        services.BreakerState().Should().Be(CircuitState.Closed, "a success in between resets the count of consecutive failures");
    }

    [Fact]
    public async Task Send_AfterBreakDuration_HalfOpensAndClosesOnSuccessfulTrial()
    {
        var time = new FakeTimeProvider();
        var script = new ScriptedResponses()
            .Then(HttpStatusCode.InternalServerError)
            .Then(HttpStatusCode.InternalServerError)
            .Then(HttpStatusCode.OK);
        await using var stub = await KestrelStub.StartAsync(app => app.Map("/{**path}", script.HandleAsync));
        await using var services = ResilientClientHost.Create(stub.BaseAddress, TwoFailuresOpen, timeProvider: time);
        var client = services.CreateClient();
        await FailTwiceAsync(client);

        time.Advance(BreakDuration - TimeSpan.FromSeconds(1));
        var early = () => client.GetAsync("/ping");
        await early.Should().ThrowAsync<BrokenCircuitException>("the break is not over yet");

        time.Advance(TimeSpan.FromSeconds(1));
        services.BreakerState().Should().Be(CircuitState.HalfOpen);
        using var trial = await client.GetAsync("/ping");

        trial.StatusCode.Should().Be(HttpStatusCode.OK);
        script.CallCount.Should().Be(3, "exactly one trial call reached the server after the break");
        services.BreakerState().Should().Be(CircuitState.Closed);
        using var next = await client.GetAsync("/ping");
        next.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Send_WhenHalfOpenTrialFails_ReopensCircuit()
    {
        var time = new FakeTimeProvider();
        var script = new ScriptedResponses().Then(HttpStatusCode.InternalServerError);
        await using var stub = await KestrelStub.StartAsync(app => app.Map("/{**path}", script.HandleAsync));
        await using var services = ResilientClientHost.Create(stub.BaseAddress, TwoFailuresOpen, timeProvider: time);
        var client = services.CreateClient();
        await FailTwiceAsync(client);
        time.Advance(BreakDuration);

        using var trial = await client.GetAsync("/ping");

        trial.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        services.BreakerState().Should().Be(CircuitState.Open, "one failed trial re-opens the circuit");
        var next = () => client.GetAsync("/ping");
        await next.Should().ThrowAsync<BrokenCircuitException>();
        script.CallCount.Should().Be(3);
    }

    [Fact]
    public async Task Send_WhileHalfOpenTrialIsInFlight_RejectsConcurrentCalls()
    {
        var time = new FakeTimeProvider();
        var trialArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseTrial = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var script = new ScriptedResponses()
            .Then(HttpStatusCode.InternalServerError)
            .Then(HttpStatusCode.InternalServerError)
            .Then(async context =>
            {
                trialArrived.SetResult();
                await releaseTrial.Task;
                context.Response.StatusCode = StatusCodes.Status200OK;
            });
        await using var stub = await KestrelStub.StartAsync(app => app.Map("/{**path}", script.HandleAsync));
        await using var services = ResilientClientHost.Create(stub.BaseAddress, TwoFailuresOpen, timeProvider: time);
        var client = services.CreateClient();
        await FailTwiceAsync(client);
        time.Advance(BreakDuration);

        var trial = client.GetAsync("/ping");
        await trialArrived.Task.WaitAsync(TimeSpan.FromSeconds(5));
        var concurrent = () => client.GetAsync("/ping");

        await concurrent.Should().ThrowAsync<BrokenCircuitException>("only one trial call may pass while half-open");
        releaseTrial.SetResult();
        using var trialResponse = await trial;
        trialResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        services.BreakerState().Should().Be(CircuitState.Closed);
        script.CallCount.Should().Be(3);
    }

    private static async Task FailTwiceAsync(HttpClient client)
    {
        for (var call = 0; call < 2; call++)
        {
            using var response = await client.GetAsync("/ping");
            response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        }
    }
}
