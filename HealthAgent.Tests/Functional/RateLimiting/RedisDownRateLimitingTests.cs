using System.Net;
using System.Net.Http.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.RateLimiting;

public sealed class RedisDownRateLimitingTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task Endpoint_WithRedisStopped_IsLimitedInProcessAndNoRequestFails()
    {
        var ada = await host.CreateUserAsync();
        await using var api = host.CreateFactory(RateLimitSettings.WaterBurstOfThree(patientRedis: false));
        using var client = host.Client(ada.Key, api);
        await host.Redis.Server.StopAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/tracking/water", RateLimitSettings.Water());
            statuses.Add(response.StatusCode);
            response.Headers.Contains("X-RateLimit-Limit").Should().BeTrue("the in-process limiter still reports its state");
        }

        statuses.Should().Equal(HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests);
    }
}
