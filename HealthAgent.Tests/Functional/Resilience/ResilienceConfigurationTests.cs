using System.Net;
using HealthAgent.ServiceDefaults.Resilience;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HealthAgent.Tests.Functional.Resilience;

public sealed class ResilienceConfigurationTests
{
    [Fact]
    public async Task Send_WithDefaultSection_AppliesToEveryClient()
    {
        var (script, stub) = await AlwaysUnavailableAsync();
        await using var _ = stub;
        await using var services = ResilientClientHost.Create(
            stub.BaseAddress,
            new Dictionary<string, string?> { ["Resilience:Default:MaxRetryAttempts"] = "1" });

        using var response = await services.CreateClient().GetAsync("/ping");

        script.CallCount.Should().Be(2, "Resilience:Default:MaxRetryAttempts=1 allows one retry");
    }

    [Fact]
    public async Task Send_WithClientSection_OverridesDefaultSection()
    {
        var (script, stub) = await AlwaysUnavailableAsync();
        await using var _ = stub;
        await using var services = ResilientClientHost.Create(
            stub.BaseAddress,
            new Dictionary<string, string?>
            {
                ["Resilience:Default:MaxRetryAttempts"] = "3",
                [$"Resilience:Clients:{ResilientClientHost.ClientName}:MaxRetryAttempts"] = "0",
            });

        using var response = await services.CreateClient().GetAsync("/ping");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        script.CallCount.Should().Be(1, "the client's own section turns retries off");
    }

    [Fact]
    public async Task Send_WithConfigureResilience_OverridesDefaultSection()
    {
        var (script, stub) = await AlwaysUnavailableAsync();
        await using var _ = stub;
        await using var services = ResilientClientHost.Create(
            stub.BaseAddress,
            new Dictionary<string, string?> { ["Resilience:Default:MaxRetryAttempts"] = "3" },
            client => client.ConfigureResilience(options => options.MaxRetryAttempts = 1));

        using var response = await services.CreateClient().GetAsync("/ping");

        script.CallCount.Should().Be(2, "code configuration of the client beats Resilience:Default, whatever the registration order");
    }

    [Fact]
    public async Task Send_WithClientSectionAndConfigureResilience_ClientSectionWins()
    {
        var (script, stub) = await AlwaysUnavailableAsync();
        await using var _ = stub;
        await using var services = ResilientClientHost.Create(
            stub.BaseAddress,
            new Dictionary<string, string?> { [$"Resilience:Clients:{ResilientClientHost.ClientName}:MaxRetryAttempts"] = "2" },
            client => client.ConfigureResilience(options => options.MaxRetryAttempts = 0));

        using var response = await services.CreateClient().GetAsync("/ping");

        script.CallCount.Should().Be(3, "operators have the last word through the client's configuration section");
    }

    [Fact]
    public async Task Send_WhenDisabled_DoesNotRetryNorTrackBreaker()
    {
        var (script, stub) = await AlwaysUnavailableAsync();
        await using var _ = stub;
        await using var services = ResilientClientHost.Create(
            stub.BaseAddress,
            new Dictionary<string, string?> { [$"Resilience:Clients:{ResilientClientHost.ClientName}:Enabled"] = "false" });

        using var response = await services.CreateClient().GetAsync("/ping");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        script.CallCount.Should().Be(1);
        services.GetRequiredService<ICircuitBreakerStates>().Snapshot().Should().NotContainKey(ResilientClientHost.ClientName);
    }

    [Theory]
    [InlineData("MaxRetryAttempts", "-1")]
    [InlineData("BreakerFailureThreshold", "0")]
    [InlineData("AttemptTimeout", "00:01:00")]
    public async Task FirstRequest_WithInvalidOptions_ThrowsOptionsValidationExceptionNamingTheSetting(string setting, string value)
    {
        await using var services = ResilientClientHost.Create(
            new Uri("http://127.0.0.1:9/"),
            new Dictionary<string, string?> { [$"Resilience:Clients:{ResilientClientHost.ClientName}:{setting}"] = value });

        using var client = services.CreateClient();

        // The client's pipeline, and so its options, are built on its first request.
        await FluentActions.Awaiting(() => client.GetAsync("/")).Should().ThrowAsync<OptionsValidationException>().WithMessage($"*{setting}*");
    }

    private static async Task<(ScriptedResponses Script, KestrelStub Stub)> AlwaysUnavailableAsync()
    {
        var script = new ScriptedResponses().Then(HttpStatusCode.ServiceUnavailable);
        var stub = await KestrelStub.StartAsync(app => app.Map("/{**path}", script.HandleAsync));
        return (script, stub);
    }
}
