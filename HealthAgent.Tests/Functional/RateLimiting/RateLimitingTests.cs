using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.RateLimiting;

public sealed class RateLimitingTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    private static string Header(HttpResponseMessage response, string name) => response.Headers.GetValues(name).Single();

    [Fact]
    public async Task Endpoint_BurstUsedUp_Is429WithRetryAfterHeadersAndProblemDetails()
    {
        var ada = await host.CreateUserAsync();
        await using var api = host.CreateFactory(RateLimitSettings.WaterBurstOfThree());
        using var client = host.Client(ada.Key, api);
        var url = $"/api/v1/users/{ada.Id}/tracking/water";

        for (var remaining = 2; remaining >= 0; remaining--)
        {
            using var ok = await client.PostAsJsonAsync(url, RateLimitSettings.Water());
            ok.StatusCode.Should().Be(HttpStatusCode.Created);
            Header(ok, "X-RateLimit-Limit").Should().Be("3");
            Header(ok, "X-RateLimit-Remaining").Should().Be(remaining.ToString());
        }
        using var rejected = await client.PostAsJsonAsync(url, RateLimitSettings.Water());

        rejected.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        Header(rejected, "X-RateLimit-Remaining").Should().Be("0");
        int.Parse(Header(rejected, "Retry-After")).Should().BeInRange(1, 10, "one token comes back every 10 s");
        int.Parse(Header(rejected, "X-RateLimit-Reset")).Should().BeInRange(21, 30, "three tokens take 30 s to come back");
        rejected.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await rejected.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().Should().Be(429);
        problem.GetProperty("traceId").GetString().Should().MatchRegex("^[0-9a-f]{32}$");
    }

    [Fact]
    public async Task Endpoint_TwoApiInstancesOnOneRedis_ShareTheLimit()
    {
        var ada = await host.CreateUserAsync();
        await using var first = host.CreateFactory(RateLimitSettings.WaterBurstOfThree());
        await using var second = host.CreateFactory(RateLimitSettings.WaterBurstOfThree());
        using var a = host.Client(ada.Key, first);
        using var b = host.Client(ada.Key, second);
        var url = $"/api/v1/users/{ada.Id}/tracking/water";

        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { a, b, a, b })
        {
            using var response = await client.PostAsJsonAsync(url, RateLimitSettings.Water());
            statuses.Add(response.StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task PlanQuota_UsedUpOnAnyEndpoint_Is429ForThePlan()
    {
        var ada = await host.CreateUserAsync();
        // Creating the user's key already counted one request against the shared quota of 3.
        await using var api = host.CreateFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:PlanHourlyQuotas:free"] = "3", ["RateLimiting:RedisTimeout"] = "00:00:05",
        });
        using var client = host.Client(ada.Key, api);
        // A new replica decides in-process until its Redis connection is open (docs/security.md); the shared quota,
        // which already counted the key's creation, is what this test is about, so wait for Redis first.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var deps = await client.GetFromJsonAsync<JsonElement>("/health/deps");
            if (deps.GetProperty("dependencies").GetProperty("redis").GetProperty("status").GetString() == "ok")
            {
                break;
            }
            await Task.Delay(50);
        }

        (await client.GetAsync($"/api/v1/users/{ada.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostAsJsonAsync($"/api/v1/users/{ada.Id}/tracking/water", RateLimitSettings.Water())).StatusCode.Should().Be(HttpStatusCode.Created);
        using var rejected = await client.GetAsync($"/api/v1/users/{ada.Id}");

        rejected.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("policy").GetString().Should().Be("plan:free");
        int.Parse(Header(rejected, "Retry-After")).Should().BeInRange(1, 3600);
    }
}
