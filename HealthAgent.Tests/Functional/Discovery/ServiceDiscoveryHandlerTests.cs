using System.Net;
using HealthAgent.ServiceDefaults.Resilience;
using HealthAgent.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealthAgent.Tests.Functional.Discovery;

public sealed class ServiceDiscoveryHandlerTests
{
    [Fact]
    public async Task Send_WithBaseAddressHttpsPlusHttp_ReachesConfiguredEndpointKeepingPathAndQuery()
    {
        await using var stub = await KestrelStub.StartAsync(app =>
            app.Map("/{**path}", (HttpContext context) => $"{context.Request.Path}{context.Request.QueryString}"));
        await using var services = Services(new() { ["services:api:http:0"] = stub.BaseAddress.ToString() });
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient("api");
        client.BaseAddress = new Uri("https+http://api");

        using var response = await client.GetAsync("/v1/echo?x=1");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("/v1/echo?x=1");
    }

    [Fact]
    public async Task Send_WithServiceNotConfigured_FailsNamingTheService()
    {
        await using var services = Services([]);
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient("api");
        client.BaseAddress = new Uri("https+http://api");

        var send = () => client.GetAsync("/v1/echo");

        // Microsoft.Extensions.ServiceDiscovery's own message; at start-up RequiredService names the variables to set.
        (await send.Should().ThrowAsync<Exception>()).Which.ToString().Should().Contain("api");
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        // As every service has it: resilience outside, Microsoft.Extensions.ServiceDiscovery inside.
        services.AddHttpResilienceDefaults();
        return services.BuildServiceProvider();
    }
}
