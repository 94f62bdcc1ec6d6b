using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HealthAgent.Tests.Infrastructure;

namespace HealthAgent.Tests.Functional.Agent;

public sealed class ConversationRateLimitTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task Messages_BeyondTheBurstOfFive_Are429WithRateLimitHeadersAndAPoliteProblem()
    {
        await using var api = host.CreateFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Conversation:Burst"] = "5", ["RateLimiting:Conversation:PermitsPerMinute"] = "10",
            // A slow Redis under a loaded test run would hand the decision to a fresh in-process bucket; this test is about the shared one.
            ["RateLimiting:RedisTimeout"] = "00:00:05",
        });
        var ada = await host.CreateUserAsync();
        using var client = host.Client(ada.Key, api);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
        {
            last = await client.PostAsJsonAsync($"/api/v1/conversations/{ada.Id}/messages", new { text = "help" });
            statuses.Add(last.StatusCode);
        }

        statuses.Take(5).Should().OnlyContain(s => s == HttpStatusCode.OK, "the burst allows five messages at once");
        statuses[5].Should().Be(HttpStatusCode.TooManyRequests);
        last!.Headers.GetValues("X-RateLimit-Limit").Single().Should().Be("5");
        last.Headers.GetValues("X-RateLimit-Remaining").Single().Should().Be("0");
        int.Parse(last.Headers.GetValues("X-RateLimit-Reset").Single()).Should().BeInRange(25, 30, "the bucket of five is whole again after 5 × 6 s");
        last.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 6, "one message is allowed again after at most 6 s");
        (await last.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should().NotBeNullOrEmpty();
    }
}
