using System.Net;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAgent.Tests.Functional.Resilience;

public sealed class HandlerOrderTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Send_WhenRetrying_ResolvesServiceEndpointAgainForEachAttempt(bool discoveryFirst)
    {
        var healthy = new ScriptedResponses().Then(HttpStatusCode.OK);
        await using var healthyStub = await KestrelStub.StartAsync(app => app.Map("/{**path}", healthy.HandleAsync));
        IConfiguration? configuration = null;
        var failing = new ScriptedResponses().Then(context =>
        {
            // The endpoint moves while the first attempt fails; only a retry outside discovery can notice.
            configuration!["services:api:http:0"] = healthyStub.BaseAddress.ToString();
            // Service discovery caches endpoints until the configuration signals a change.
            ((IConfigurationRoot)configuration).Reload();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        });
        await using var failingStub = await KestrelStub.StartAsync(app => app.Map("/{**path}", failing.HandleAsync));
        await using var services = ResilientClientHost.Create(
            new Uri("https+http://api"),
            new Dictionary<string, string?> { ["services:api:http:0"] = failingStub.BaseAddress.ToString() },
            discoveryFirst: discoveryFirst);
        configuration = services.GetRequiredService<IConfiguration>();

        using var response = await services.CreateClient().GetAsync("/ping");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        failing.CallCount.Should().Be(1);
        healthy.CallCount.Should().Be(1, "the retry must pass through service discovery again (resilience is outside discovery)");
    }
}
